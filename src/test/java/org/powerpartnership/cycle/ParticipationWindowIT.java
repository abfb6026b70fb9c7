package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Gunning 3 and 4: adequate time to respond, and conscientious consideration of what people said. */
@IntegrationTest
class ParticipationWindowIT {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_window_cannot_be_closed_early_and_stays_open_for_its_minimum_duration() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        Consultation open = consultations.get(consultation.id());
        assertThat(open.windowClosesAt()).isAfter(open.windowOpenedAt().plus(Duration.ofDays(27)));

        assertThatThrownBy(() -> participation.closeWindowEarly(cast.lead(), consultation.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("participation.window.minimum"));
        time.advance(Duration.ofDays(27), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNull();
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).isEmpty();

        time.advance(Duration.ofDays(2), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNotNull();
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);
        assertThatThrownBy(() -> participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "Too late now, sadly for me."), "online", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void analysis_cannot_be_finished_while_a_theme_has_no_recorded_consideration() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "disagree",
                "whatMattersMost", "The toilets are always locked when we visit.", "ageBand", "35-44"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        var analyse = cycle.open(consultation, "Task_AnalyseResponses").get(0);

        assertThatThrownBy(() -> cycle.complete(cast, analyse, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("analysis.themes.none"));
        var theme = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        assertThatThrownBy(() -> cycle.complete(cast, analyse, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("analysis.themes.unconsidered"));
        themes.consider(cast.lead(), theme.id(), "We will keep the toilets open until seven in the evening.");
        cycle.complete(cast, analyse, Map.of());
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isNotEmpty();
    }

    @Test
    void when_nobody_in_an_age_group_has_responded_partners_are_asked_to_reach_them_each_week() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.partner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "More benches for older people, please.", "ageBand", "75-plus"), "assisted",
                cast.partner().userId());

        time.advance(Duration.ofDays(7), consultation.processInstanceId());
        assertThat(participation.figures(consultation.id()).underRepresented()).contains("18-24", "25-34");
        var outreach = cycle.open(consultation, "Task_ReachUnderRepresented");
        assertThat(outreach).hasSize(1);
        assertThat(cycle.actorFor(cast, outreach.get(0))).isEqualTo(cast.partner());
        cycle.complete(cast, outreach.get(0), Map.of());
        time.advance(Duration.ofDays(7), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_ReachUnderRepresented")).hasSize(1);
        assertThat(participation.figures(consultation.id()).assisted()).isEqualTo(1);
    }
}
