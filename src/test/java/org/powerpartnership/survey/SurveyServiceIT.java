package org.powerpartnership.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.PublicRecord;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SurveyServiceIT {

    @Autowired
    Cycle cycle;

    @Autowired
    SurveyService surveys;

    @Autowired
    ParticipationService participation;

    @Autowired
    PublicRecord record;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    private static String form(String components) {
        return "{\"id\":\"anything\",\"type\":\"default\",\"components\":[" + components + "]}";
    }

    private static final String CHOICE = "{\"id\":\"Field_Bus\",\"key\":\"bus\",\"type\":\"radio\",\"label\":\"Do you "
            + "come by bus?\",\"values\":[{\"label\":\"Yes\",\"value\":\"yes\"},{\"label\":\"No\",\"value\":\"no\"}],"
            + "\"validate\":{\"required\":true}}";
    private static final String STOP = "{\"id\":\"Field_Stop\",\"key\":\"stop\",\"type\":\"textarea\",\"label\":\"Which"
            + " stop?\",\"conditional\":{\"hide\":\"=bus != \\\"yes\\\"\"}}";

    @Test
    void a_survey_without_questions_with_a_key_used_twice_or_a_show_if_to_nothing_is_refused_with_reasons() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        assertThat(problems(() -> surveys.saveDraft(cast.lead(), consultation.id(),
                form("{\"id\":\"Text_Hi\",\"type\":\"text\",\"text\":\"Hello\"}"))))
                .extracting(FieldProblem::messageKey).containsExactly("survey.noQuestions");
        assertThat(problems(() -> surveys.saveDraft(cast.lead(), consultation.id(),
                form(CHOICE + "," + CHOICE.replace("Field_Bus", "Field_Bus2")))))
                .extracting(FieldProblem::messageKey, problem -> problem.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("survey.key.duplicate", "bus"));
        assertThat(problems(() -> surveys.saveDraft(cast.lead(), consultation.id(), form(STOP))))
                .extracting(FieldProblem::messageKey).containsExactly("survey.showIf.unknown");
        assertThat(problems(() -> surveys.saveDraft(cast.lead(), consultation.id(), "{not json")))
                .extracting(FieldProblem::messageKey).containsExactly("survey.unreadable");
        assertThat(surveys.hasUnpublishedChanges(cast.lead(), consultation.id())).as("nothing was kept").isFalse();

        Survey saved = surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE + "," + STOP));
        assertThat(saved.schema().keys()).containsExactly("bus", "stop");
        assertThat(saved.schema().field("stop").orElseThrow().rules().maxLength())
                .as("free text is capped").isEqualTo(SurveyRules.TEXTAREA_CAP);
        assertThatThrownBy(() -> surveys.saveDraft(cast.panel().get(0), consultation.id(), form(CHOICE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agreeing_stage_one_publishes_the_team_s_survey_and_a_later_change_needs_a_reason_on_the_record() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE + "," + STOP));
        assertThat(surveys.current(consultation.id()).isPublished()).isFalse();
        assertThatThrownBy(() -> surveys.publish(cast.lead(), consultation.id(), "Too early to publish this one"))
                .isInstanceOf(InvalidInputException.class);

        cycle.completeAll(cast, consultation, Set.of(), null);
        Survey agreed = surveys.current(consultation.id());
        assertThat(agreed.version()).isEqualTo(1);
        assertThat(agreed.schema().keys()).containsExactly("bus", "stop");

        // the window is open: people answer version 1; an oversized answer is refused with its limit
        String tooLong = "x".repeat(SurveyRules.TEXTAREA_CAP + 1);
        assertThat(problems(() -> participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("bus", "yes", "stop", tooLong), "online", null)))
                .extracting(FieldProblem::field).containsExactly("stop");
        long response = participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("bus", "yes", "stop", "The one by the library."), "online", null);
        assertThat(jdbc.sql("select survey_version from response where id = ?").param(response)
                .query(Integer.class).single()).isEqualTo(1);

        surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE.replace("Do you come by bus?",
                "Do you come to the park by bus?") + "," + STOP));
        assertThat(problems(() -> surveys.publish(cast.lead(), consultation.id(), "typo")))
                .extracting(FieldProblem::messageKey).containsExactly("survey.reason.length");
        surveys.publish(cast.lead(), consultation.id(), "People were unsure which trip the question meant.");

        assertThat(surveys.current(consultation.id()).version()).isEqualTo(2);
        assertThat(surveys.current(consultation.id()).schema().field("bus").orElseThrow().label())
                .isEqualTo("Do you come to the park by bus?");
        assertThat(record.record(consultation.ref()).orElseThrow().surveyChanges())
                .singleElement().satisfies(change -> {
                    assertThat(change.version()).isEqualTo(2);
                    assertThat(change.reason()).contains("which trip");
                });
        assertThat(record.log(null, null)).anyMatch(entry -> entry.kind().equals(PublicRecord.SURVEY_CHANGED)
                && entry.consultationRef().equals(consultation.ref()));
    }

    @Test
    void a_team_that_wrote_no_survey_gets_the_template_with_the_agreed_question_and_the_profile_s_age_bands() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);

        Survey survey = surveys.current(consultation.id());
        assertThat(survey.version()).isEqualTo(1);
        assertThat(survey.schema().field(SurveyTemplate.MAIN_QUESTION).orElseThrow().label())
                .isNotBlank().isNotEqualTo("What matters most to you about this?");
        assertThat(survey.schema().field(SurveyTemplate.AGE_BAND).orElseThrow().options())
                .extracting(option -> option.value())
                .containsExactlyElementsOf(org.powerpartnership.profile.ProfileOptions.AGE_BAND);
    }

    @Test
    void two_officers_saving_the_same_survey_never_overwrite_each_other_silently() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Survey leadOpened = surveys.draft(cast.lead(), consultation.id());
        Survey deputyOpened = surveys.draft(cast.deputy(), consultation.id());

        Survey leadSaved = surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE), leadOpened.changedAt());
        assertThat(problems(() -> surveys.saveDraft(cast.deputy(), consultation.id(),
                form(CHOICE.replace("Do you come by bus?", "Bus?")), deputyOpened.changedAt())))
                .extracting(FieldProblem::messageKey).containsExactly("survey.changedElsewhere");
        assertThat(surveys.draft(cast.lead(), consultation.id()).schema().field("bus").orElseThrow().label())
                .as("the lead's save stands").isEqualTo("Do you come by bus?");

        // the lead saves again from what they saved: accepted
        surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE + "," + STOP), leadSaved.changedAt());
        assertThat(surveys.draft(cast.deputy(), consultation.id()).schema().keys()).containsExactly("bus", "stop");
    }

    @Test
    void an_officer_s_survey_work_is_in_their_data_and_erasure_keeps_the_versions_under_a_name_that_leads_nowhere() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        surveys.saveDraft(cast.lead(), consultation.id(), form(CHOICE));
        cycle.completeAll(cast, consultation, Set.of(), null);
        PersonalDataHolder holder = holders.stream().filter(h -> h.section().equals("surveys")).findFirst()
                .orElseThrow();
        assertThat(String.valueOf(holder.export(cast.lead().userId()))).contains(consultation.ref(), "version=1");

        holder.erase(cast.lead().userId());

        assertThat(jdbc.sql("select count(*) from survey_version where published_by = ?")
                .param(cast.lead().userId()).query(Long.class).single()).isZero();
        assertThat(surveys.current(consultation.id()).version()).as("the version stays").isEqualTo(1);
        assertThat(surveys.versions(consultation.id())).singleElement()
                .satisfies(version -> assertThat(version.publishedBy()).startsWith("erased-"));
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("Expected a refusal");
    }
}
