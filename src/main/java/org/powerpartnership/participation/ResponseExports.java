package org.powerpartnership.participation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's responses as CSV or JSON for analysis elsewhere: one column per question key, plus channel, date
 * and area. Nothing that names or reaches a person goes out: no respondent or partner id, no resident name, no
 * consent wording, and no answer to a question that asks for contact details (a full postcode, an e-mail, a phone
 * number; the area keeps the postcode district). CSV cells that a spreadsheet would run as a formula are neutralised.
 */
@Service
public class ResponseExports {

    /** Answers that identify or reach a person, by the form's {@code autocomplete} hint or a well-known key. */
    static final Set<String> CONTACT_HINTS = Set.of("postal-code", "email", "tel", "name", "given-name",
            "family-name", "street-address", "address-line1", "address-line2", "address-line3");
    static final Set<String> CONTACT_KEYS = Set.of("postcode", "email", "phone", "telephone", "name", "address");

    private final ResponseBrowser browser;
    private final ConsultationService consultations;
    private final SurveyService surveys;
    private final AuditLog audit;
    private final ObjectMapper json;

    ResponseExports(ResponseBrowser browser, ConsultationService consultations, SurveyService surveys, AuditLog audit,
                    ObjectMapper json) {
        this.browser = browser;
        this.consultations = consultations;
        this.surveys = surveys;
        this.audit = audit;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The file name for an export, e.g. {@code PP-2026-0007-responses.csv}. */
    @Transactional(readOnly = true)
    public String fileName(long consultationId, String format) {
        return consultations.get(consultationId).ref() + "-responses." + format;
    }

    /** The matching responses as CSV: channel, date, area, then one column per question key. */
    @Transactional
    public String csv(SignedInUser user, long consultationId, ResponseBrowser.Filter filter) {
        Consultation consultation = consultations.forTeam(user, consultationId);
        List<String> keys = exportedKeys(consultationId);
        List<String> header = new ArrayList<>(List.of("channel", "submitted_at", "area"));
        header.addAll(keys);
        StringWriter out = new StringWriter();
        int[] rows = {0};
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            browser.each(consultationId, filter, response -> {
                List<String> cells = new ArrayList<>();
                cells.add(response.channel());
                cells.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(response.submittedAt()));
                cells.add(response.area());
                keys.forEach(key -> cells.add(cell(response.answers().get(key))));
                try {
                    printer.printRecord(cells.stream().map(ResponseExports::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exported(user, consultation, "csv", rows[0]);
        return out.toString();
    }

    /** The matching responses as a JSON array of {channel, submittedAt, area, answers}. */
    @Transactional
    public String json(SignedInUser user, long consultationId, ResponseBrowser.Filter filter) {
        Consultation consultation = consultations.forTeam(user, consultationId);
        List<String> keys = exportedKeys(consultationId);
        List<Map<String, Object>> rows = new ArrayList<>();
        browser.each(consultationId, filter, response -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", response.channel());
            row.put("submittedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(response.submittedAt()));
            row.put("area", response.area());
            Map<String, Object> answers = new LinkedHashMap<>();
            keys.forEach(key -> answers.put(key, response.answers().get(key)));
            row.put("answers", answers);
            rows.add(row);
        });
        exported(user, consultation, "json", rows.size());
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, so opening the file never runs what someone typed into a survey.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private List<String> exportedKeys(long consultationId) {
        List<String> keys = new ArrayList<>();
        for (FormField field : surveys.current(consultationId).schema().fields()) {
            boolean contact = CONTACT_KEYS.contains(field.key().toLowerCase(java.util.Locale.ROOT))
                    || field.property("autocomplete").map(CONTACT_HINTS::contains).orElse(false);
            if (!contact) {
                keys.add(field.key());
            }
        }
        return keys;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    private void exported(SignedInUser user, Consultation consultation, String format, int rows) {
        audit.record(user.userId(), consultation.id(), "responses.exported", "consultation:" + consultation.ref(),
                Map.of("format", format, "responses", rows));
    }
}
