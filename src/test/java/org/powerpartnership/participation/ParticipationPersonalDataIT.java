package org.powerpartnership.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My data" for taking part: responses, support requests and saved drafts are handed over and erased. */
@IntegrationTest
class ParticipationPersonalDataIT {

    @Autowired
    Cycle cycle;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ResidentTasks tasks;
    @Autowired
    AdjustmentService adjustments;
    @Autowired
    ParticipationService participation;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_residents_responses_requests_and_drafts_are_downloaded_and_erased_while_the_counts_stay() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        tasks.submitSurvey(resident, consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Benches near the pond for my mum.", "ageBand", "65-74", "postcode", "CF10 4UW"));
        adjustments.request(resident, consultation.id(), Map.of("kind", "format",
                "details", "Large print, please. My name is Ada Example."));
        tasks.saveDraft(resident, "survey:" + consultation.id(), Map.of("whatMattersMost", "half typed"));

        Map<String, Object> download = download(resident.userId());
        assertThat(download.get("responses").toString()).contains("Benches near the pond");
        assertThat(download.get("supportRequests").toString()).contains("Large print", "format");
        assertThat(download.get("taskDrafts").toString()).contains("half typed");

        holders.stream().filter(h -> Set.of("responses", "supportRequests", "taskDrafts").contains(h.section()))
                .forEach(holder -> holder.erase(resident.userId()));

        Map<String, Object> after = download(resident.userId());
        assertThat(((Map<?, ?>) after.get("responses")).get("yourResponses")).asList().isEmpty();
        assertThat(after.get("supportRequests")).asList().isEmpty();
        assertThat(after.get("taskDrafts")).asList().isEmpty();
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
        assertThat(jdbc.sql("select answers from response where consultation_id = ?").param(consultation.id())
                .query(String.class).single()).as("the kept answers keep the postcode district only")
                .contains("\"CF10\"", "Benches near the pond").doesNotContain("4UW");
        assertThat(jdbc.sql("select count(*) from adjustment_request where consultation_id = ? and kind = 'format'")
                .param(consultation.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from adjustment_request where details like '%Ada Example%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from task_draft where user_id = ?").param(resident.userId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void asking_to_hear_back_is_in_my_data_with_an_address_given_on_paper_and_is_erased_with_the_person() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        tasks.submitSurvey(resident, consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Benches near the pond for my mum."), HearBackRequest.forAccount(true, "en"));
        // the same person also filled in a paper form at a drop-in and gave their address there
        participation.enterOnBehalf(cast.lead(), consultation.id(), Map.of("agreement", "agree",
                        "whatMattersMost", "And a bin by the benches, please."), "event", "drop-in-" + consultation.ref(),
                HearBackRequest.byEmail(resident.email().toUpperCase(), true, "cy", "The person agreed."));
        PersonalDataHolder hearBack = holders.stream().filter(h -> h.section().equals("hearBack")).findFirst()
                .orElseThrow();

        String download = hearBack.export(resident.userId()).toString();
        assertThat(download).contains(consultation.title(), "your account's email address",
                resident.email().toLowerCase(), "cy", "The person agreed.");

        hearBack.erase(resident.userId());
        assertThat(hearBack.export(resident.userId()).toString()).isEqualTo("[]");
        assertThat(jdbc.sql("select count(*) from hear_back where consultation_id = ?").param(consultation.id())
                .query(Long.class).single()).as("someone who is erased is not told").isZero();
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(2);
    }

    private Map<String, Object> download(String userId) {
        Map<String, Object> sections = new java.util.LinkedHashMap<>();
        holders.stream().filter(h -> Set.of("responses", "supportRequests", "taskDrafts").contains(h.section()))
                .forEach(h -> sections.put(h.section(), h.export(userId)));
        assertThat(sections).hasSize(3);
        return sections;
    }
}
