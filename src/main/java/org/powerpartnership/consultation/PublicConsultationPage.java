package org.powerpartnership.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation's public page: what it is about, what is open to change, how much say people have, when and how
 * to take part, and, once published, the council's response. No personal data.
 *
 * @param id                 the consultation's id (the survey's route uses it)
 * @param formativeStatement what is still open to change (Gunning 1)
 * @param iap2Level          inform, consult, involve, collaborate or empower
 * @param methods            the agreed ways to take part (values of the agree-question-methods form)
 * @param partnerNames       the organisations invited to help
 * @param access             where, when and how people can take part, once the access plan is agreed (else null)
 * @param response           "you asked, you said, we did", once published
 */
public record PublicConsultationPage(long id, String ref, String title, String summary, Phase phase,
                                     String question, String formativeStatement, String iap2Level,
                                     String iap2Promise, String decisionMaker, String area, List<String> methods,
                                     Instant windowOpenedAt, Instant windowClosesAt, Instant windowClosedAt,
                                     LocalDate decisionBy, List<String> partnerNames,
                                     AccessPlans.AccessPlan access, CommitmentSummaries.Response response) {

    /** Where a consultation stands for the public. */
    public enum Phase {
        /** Launched, being shaped with the community; the participation window has not opened yet. */
        SOON,
        /** The participation window is open. */
        OPEN,
        /** The window has closed (or the whole cycle is complete). */
        CLOSED
    }

    public PublicConsultationPage {
        methods = List.copyOf(methods);
        partnerNames = List.copyOf(partnerNames);
    }
}
