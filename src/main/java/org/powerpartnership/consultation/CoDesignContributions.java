package org.powerpartnership.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invited residents and partners said when they co-designed the question and methods in stage 1. The
 * values they submitted are in the audit entry of each completed co-design task (the work service writes every
 * completion's values there), so this reads them back, with the form's own labels, for the team writing the survey
 * and agreeing the question.
 */
@Service
public class CoDesignContributions {

    public static final String FORM = "co-design-contribution";
    private static final Map<String, String> TASKS = Map.of(
            "task:Task_CoDesignAsPartner", "partner", "task:Task_CoDesignAsResident", "resident");

    private final AuditLog audit;
    private final FormCatalog forms;
    private final AccountService accounts;
    private final ConsultationService consultations;
    private final ObjectMapper json;

    CoDesignContributions(AuditLog audit, FormCatalog forms, AccountService accounts,
                          ConsultationService consultations, ObjectMapper json) {
        this.audit = audit;
        this.forms = forms;
        this.accounts = accounts;
        this.consultations = consultations;
        this.json = json;
    }

    /**
     * One co-designer's contribution.
     *
     * @param name    who (their display name; an erased person's pseudonym)
     * @param role    {@code partner} or {@code resident}
     * @param at      when they sent it
     * @param answers each question's label and the answer as they wrote or chose it, in the form's order
     */
    public record Contribution(String name, String role, Instant at, List<Answer> answers) {
    }

    /** One question of the co-design form and what the person answered. */
    public record Answer(String question, String answer) {
    }

    /** The contributions, oldest first, for someone on the consultation's team (or an admin). */
    @Transactional(readOnly = true)
    public List<Contribution> forTeam(SignedInUser member, long consultationId) {
        consultations.forTeam(member, consultationId);
        return of(consultationId);
    }

    /**
     * The contributions, oldest first, without checking who asks: for screens that already checked the reader may
     * see the consultation's work (a team work item's briefing, the panel's evidence).
     */
    @Transactional(readOnly = true)
    public List<Contribution> of(long consultationId) {
        FormSchema form = forms.byId(FORM);
        List<Contribution> contributions = new ArrayList<>();
        for (AuditEntry entry : audit.forConsultation(consultationId)) {
            String role = TASKS.get(entry.subject());
            if (!"task.completed".equals(entry.action()) || role == null || entry.details() == null) {
                continue;
            }
            JsonNode values = read(entry.details()).path("values");
            List<Answer> answers = new ArrayList<>();
            for (FormField field : form.fields()) {
                String answer = answer(field, values.path(field.key()));
                if (!answer.isBlank()) {
                    answers.add(new Answer(field.label(), answer));
                }
            }
            String name = accounts.person(entry.actor()).map(Person::displayName).orElse(entry.actor());
            contributions.add(new Contribution(name, role, entry.occurredAt(), answers));
        }
        return contributions;
    }

    private static String answer(FormField field, JsonNode value) {
        if (value.isArray()) {
            Collection<String> labels = new ArrayList<>();
            value.forEach(v -> labels.add(field.optionLabel(v.asText())));
            return String.join(", ", labels);
        }
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return field.type().hasOptions() ? field.optionLabel(value.asText()) : value.asText();
    }

    private JsonNode read(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException unreadable) {
            return json.createObjectNode();
        }
    }
}
