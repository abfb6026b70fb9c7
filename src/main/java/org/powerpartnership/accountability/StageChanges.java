package org.powerpartnership.accountability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.survey.Survey;
import org.powerpartnership.survey.SurveyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team changed in a stage after the panel returned it: each value of the stage's own task that differs
 * between what the returning round saw and what this round sees (in the form's labels), and the team's answer to
 * each of the panel's reasons. Read through {@link StageReviews#changesSinceReturn}, which checks the reader.
 */
@Service
public class StageChanges {

    /**
     * The changes a round after a return shows; {@code returnedRound} is the round the panel returned, and
     * {@code survey} the survey's new version when stage 1 published one (else null).
     */
    public record SinceReturn(int returnedRound, List<FieldChange> changes, List<ReturnReason> answers,
                              SurveyChange survey) {
    }

    /** Stage 1 after a return published a changed survey: the versions the two rounds saw, and the reason. */
    public record SurveyChange(int before, int after, String reason) {
    }

    /** One value the team changed; {@code before} or {@code after} is null when it was (or is now) empty. */
    public record FieldChange(String key, String label, String before, String after) {
    }

    private final SignOffService signOff;
    private final StageSubmissions submissions;
    private final FormCatalog forms;
    private final SurveyService surveys;

    StageChanges(SignOffService signOff, StageSubmissions submissions, FormCatalog forms, SurveyService surveys) {
        this.signOff = signOff;
        this.submissions = submissions;
        this.forms = forms;
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    Optional<SinceReturn> of(Gate gate) {
        Optional<Gate> returned = signOff.gatesOf(gate.consultationId()).stream()
                .filter(other -> other.stage() == gate.stage() && other.round() == gate.round() - 1
                        && Gate.RETURNED.equals(other.outcome()))
                .findFirst();
        if (returned.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> before = submissions.lastValues(gate.consultationId(), gate.stage(),
                submissions.openedEntryOf(returned.get()));
        Map<String, Object> after = submissions.lastValues(gate.consultationId(), gate.stage(),
                submissions.openedEntryOf(gate));
        Optional<FormSchema> form = form(StageWork.of(gate.stage()).formRef());
        List<String> formKeys = form.map(schema -> schema.fields().stream().map(FormField::key).toList())
                .orElse(List.of());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : StageSubmissions.keysInOrder(formKeys, before, after)) {
            Optional<FormField> field = form.flatMap(schema -> schema.field(key));
            String was = text(field, before.get(key));
            String now = text(field, after.get(key));
            if (!Objects.equals(was, now)) {
                String label = field.map(FormField::label).filter(text -> text != null && !text.isBlank())
                        .orElse(StageReviews.humanise(key));
                changes.add(new FieldChange(key, label, was, now));
            }
        }
        return Optional.of(new SinceReturn(returned.get().round(), changes, signOff.reasonsOf(returned.get().id()),
                gate.stage() == StageKey.EARLY_ENGAGEMENT ? surveyChange(returned.get(), gate) : null));
    }

    private SurveyChange surveyChange(Gate returned, Gate gate) {
        Optional<Survey> before = surveys.publishedAsOf(gate.consultationId(), returned.openedAt());
        Optional<Survey> after = surveys.publishedAsOf(gate.consultationId(), gate.openedAt());
        if (after.isEmpty() || before.map(Survey::version).orElse(0) == after.get().version()) {
            return null;
        }
        return new SurveyChange(before.map(Survey::version).orElse(0), after.get().version(), after.get().reason());
    }

    private Optional<FormSchema> form(String formRef) {
        try {
            return Optional.ofNullable(forms.byId(formRef));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private static String text(Optional<FormField> field, Object value) {
        if (StageSubmissions.nonEmpty(value).isEmpty()) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(item -> optionLabel(field, String.valueOf(item))).toList());
        }
        if (value instanceof String text) {
            return optionLabel(field, text);
        }
        return String.valueOf(value);
    }

    private static String optionLabel(Optional<FormField> field, String value) {
        return field.filter(f -> !f.options().isEmpty() && f.option(value).isPresent())
                .map(f -> f.optionLabel(value)).orElse(value);
    }
}
