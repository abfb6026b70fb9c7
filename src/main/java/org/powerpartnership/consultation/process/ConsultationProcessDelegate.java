package org.powerpartnership.consultation.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.Roles;
import org.springframework.stereotype.Component;

/** {@code ${consultationProcess...}}: who co-designs, and the end of the cycle. */
@Component("consultationProcess")
public class ConsultationProcessDelegate {

    private final Memberships memberships;
    private final ConsultationService consultations;

    ConsultationProcessDelegate(Memberships memberships, ConsultationService consultations) {
        this.memberships = memberships;
        this.consultations = consultations;
    }

    /** The invited co-designers of one kind ({@code partner} or {@code resident}), one task each. */
    public List<String> coDesigners(DelegateExecution execution, String role) {
        MemberRole memberRole = Roles.PARTNER.equals(role) ? MemberRole.PARTNER : MemberRole.CODESIGNER;
        return memberships.userIds(Variables.consultationId(execution), memberRole);
    }

    public void complete(DelegateExecution execution) {
        consultations.complete(Variables.consultationId(execution));
    }
}
