package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.consultation.PublicConsultationPage;
import org.powerpartnership.consultation.PublicConsultations;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Withdrawing a consultation ends its processes and its open work, and says so publicly with the reason; and the
 * rules of asking and deciding: only the lead asks, only the sponsor decides, a refusal changes nothing, a second
 * approval acts once.
 */
@IntegrationTest
class WithdrawalIT {

    static final String REASON = "The cabinet has decided not to go ahead with the park changes this year.";

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationPauses pauses;
    @Autowired
    PublicConsultations publicConsultations;
    @Autowired
    AuditLog audit;
    @Autowired
    RuntimeService runtime;

    @Test
    void an_approved_withdrawal_ends_every_process_and_its_work_and_the_public_reads_why() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        // the first stage's work done: the panel's sign-off (a called process) waits for votes
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Set<String> family = family(consultation.processInstanceId());
        assertThat(family).hasSizeGreaterThan(1);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isNotEmpty();

        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.WITHDRAW, REASON);
        pauses.decide(cast.sponsor(), asked.id(), true, "Agreed with the cabinet member.");

        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(family).count()).isZero();
        assertThat(cycle.open(consultation)).isEmpty();
        Consultation withdrawn = consultations.get(consultation.id());
        assertThat(withdrawn.status()).isEqualTo(Consultation.WITHDRAWN);
        assertThat(pauses.publicNotice(consultation.ref())).hasValueSatisfying(notice -> {
            assertThat(notice.kind()).isEqualTo(PauseKind.WITHDRAW);
            assertThat(notice.reason()).isEqualTo(REASON);
        });
        assertThat(publicConsultations.page(consultation.ref()).orElseThrow().phase())
                .isEqualTo(PublicConsultationPage.Phase.CLOSED);
        assertThat(publicConsultations.open()).noneMatch(c -> c.ref().equals(consultation.ref()));
        assertThatThrownBy(() -> pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE, REASON))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("pause.notRunning"));
    }

    @Test
    void only_the_lead_asks_with_a_reason_only_the_sponsor_decides_and_a_refusal_changes_nothing() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        assertThatThrownBy(() -> pauses.request(cast.deputy(), consultation.id(), PauseKind.PAUSE, REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pauses.request(cast.sponsor(), consultation.id(), PauseKind.PAUSE, REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE, "Elections."))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("pause.reasonLength"));
        assertThat(pauses.of(consultation.id())).isEmpty();

        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.WITHDRAW, REASON);
        assertThatThrownBy(() -> pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE, REASON))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("pause.alreadyAsked"));
        assertThatThrownBy(() -> pauses.decide(cast.lead(), asked.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pauses.decide(cast.panel().get(0), asked.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pauses.find(asked.id()).orElseThrow().isOpen()).isTrue();

        pauses.decide(cast.sponsor(), asked.id(), false, "Not before the cabinet meets.");

        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.ACTIVE);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(consultation.processInstanceId()).active()
                .count()).isOne();
        assertThat(cycle.open(consultation)).isNotEmpty();
        assertThat(pauses.publicNotice(consultation.id())).isEmpty();
        // refused, the lead may ask again
        assertThat(pauses.mayRequest(cast.lead(), consultation.id())).isTrue();
    }

    @Test
    void approving_twice_acts_once() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE,
                "The pre-election period starts on Monday; the council may not consult during it.");

        pauses.decide(cast.sponsor(), asked.id(), true, null);
        PauseRequest again = pauses.decide(cast.sponsor(), asked.id(), false, "Changed my mind");

        assertThat(again.decision()).isEqualTo(PauseRequest.APPROVED);
        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.PAUSED);
        assertThat(audit.forConsultation(consultation.id())).filteredOn(e -> e.action().startsWith("consultation.pause."))
                .extracting(e -> e.action())
                .containsExactlyInAnyOrder("consultation.pause.requested", "consultation.pause.approved");
    }

    private Set<String> family(String root) {
        Set<String> family = new HashSet<>();
        collect(root, family);
        return family;
    }

    private void collect(String instance, Set<String> family) {
        if (family.add(instance)) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()
                    .forEach(child -> collect(child.getId(), family));
        }
    }
}
