package org.powerpartnership.accountability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Internal user ids are sign-in accounts' keys, never public: a consultation's record and the accountability log,
 * in every open-data format, name no account by its id, even once the response and its commitments are published.
 */
@IntegrationTest
class OpenDataHoldsNoUserIdsIT {

    @Autowired
    Cycle cycle;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    EngineTime time;
    @Autowired
    CouncilResponseService responses;
    @Autowired
    CommitmentPlanning planning;
    @Autowired
    CommitmentService commitments;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_published_consultation_record_and_the_accountability_log_hold_no_user_id_of_any_account() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Theme safety = drafting.throughTheCycleToTheResponse(cast, consultation);
        responses.saveDraft(cast.lead(), consultation.id(), new CouncilResponseService.Wording("", "", ""),
                List.of(new CouncilResponseService.DecisionInput(safety.id(), ThemeDecision.ADOPTED,
                        "Most people asked for it.")));
        planning.add(cast.lead(), consultation.id(), new CommitmentPlanning.CommitmentInput(
                "Light the two main paths through the park", "Head of Parks",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4), "Lights on, checked",
                List.of(safety.id())));
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        cycle.completeAll(cast, consultation, Set.of("Task_ReviewCommitment", "Task_ReportCommitmentProgress"), null);
        assertThat(commitments.responseOf(consultation.id())).as("the response is published").isPresent();

        HttpVisitor anyone = new HttpVisitor(port);
        String record = anyone.get("/open-data/consultations/" + consultation.ref() + ".json").body();
        assertThat(record).contains("\"youAsked\"", "\"publishedAt\"").doesNotContain("publishedBy");
        List<String> userIds = jdbc.sql("select ID_ from ACT_ID_USER").query(String.class).list();
        assertThat(userIds).contains(cast.lead().userId());
        for (String published : List.of(record, anyone.get("/open-data/accountability.json").body(),
                anyone.get("/open-data/accountability.csv", "text/csv").body(),
                anyone.get("/open-data/accountability.atom", "application/atom+xml").body())) {
            assertThat(published).isNotBlank();
            for (String userId : userIds) {
                assertThat(published).as("open data naming %s", userId).doesNotContain(userId);
            }
        }
    }
}
