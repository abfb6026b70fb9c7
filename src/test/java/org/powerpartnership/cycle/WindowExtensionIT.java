package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.PublicRecord;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.beans.factory.annotation.Autowired;

/** An extended window closes on its new date, not the old one: the engine's timer follows the stored date. */
@IntegrationTest
class WindowExtensionIT {

    static final String REASON = "The panel found older residents missing; two more drop-ins are planned.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    WindowExtensions extensions;
    @Autowired
    PublicRecord record;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    List<WorkItemBriefing> briefings;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void after_an_extension_the_window_stays_open_past_the_old_date_and_closes_after_the_new_one() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        Consultation open = consultations.get(consultation.id());
        LocalDate oldDate = LocalDate.ofInstant(open.windowClosesAt(), clock.getZone());

        extensions.extend(cast.lead(), consultation.id(), oldDate.plusDays(10), REASON);

        time.advance(Duration.ofDays(29), consultation.processInstanceId()); // a day past the old date
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNull();
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).isEmpty();
        // nobody answered, so partners are asked to reach the missing; their task says the window can be extended
        var outreach = cycle.open(consultation, "Task_ReachUnderRepresented");
        assertThat(outreach).isNotEmpty();
        assertThat(briefings.stream().flatMap(b -> b.notesFor(outreach.get(0)).stream()))
                .anySatisfy(note -> assertThat(note.headingKey()).isEqualTo("briefing.window.outreach"));

        time.advance(Duration.ofDays(10), consultation.processInstanceId()); // past the new one
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNotNull();
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);
    }

    @Test
    void an_extension_is_audited_and_on_the_public_record_and_its_log_with_the_reason() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        LocalDate oldDate = LocalDate.ofInstant(consultations.get(consultation.id()).windowClosesAt(), clock.getZone());

        extensions.extend(cast.lead(), consultation.id(), oldDate.plusDays(7), REASON);

        var extended = record.record(consultation.ref()).orElseThrow().windowExtensions();
        assertThat(extended).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(oldDate);
            assertThat(e.to()).isEqualTo(oldDate.plusDays(7));
            assertThat(e.reason()).isEqualTo(REASON);
        });
        assertThat(record.log(null, PublicRecord.EXTENDED))
                .filteredOn(entry -> entry.consultationRef().equals(consultation.ref()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(PublicRecord.WINDOW_EXTENDED);
                    assertThat(entry.detail()).isEqualTo(REASON);
                });
        assertThat(audit.forConsultation(consultation.id()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("window.extended"));
    }

    @Test
    void a_second_extension_must_go_later_again_and_a_closed_window_cannot_be_extended() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        LocalDate oldDate = LocalDate.ofInstant(consultations.get(consultation.id()).windowClosesAt(), clock.getZone());
        extensions.extend(cast.lead(), consultation.id(), oldDate.plusDays(7), REASON);

        assertThatThrownBy(() -> extensions.extend(cast.lead(), consultation.id(), oldDate.plusDays(3), REASON))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("window.extend.notLater"));

        time.advance(Duration.ofDays(36), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNotNull();
        assertThatThrownBy(() -> extensions.extend(cast.lead(), consultation.id(), oldDate.plusDays(30), REASON))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("window.extend.notOpen"));
        assertThat(extensions.of(consultation.id())).hasSize(1);
    }
}
