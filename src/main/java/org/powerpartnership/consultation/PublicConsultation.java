package org.powerpartnership.consultation;

import java.time.LocalDate;

/**
 * What anyone may read about a consultation without an account.
 *
 * @param status   where it stands for the public: OPEN, SOON or CLOSED ({@link PublicConsultationPage.Phase})
 * @param opensOn  the day the participation window opened, if it has
 * @param closesOn the day the window closes (or closed)
 */
public record PublicConsultation(String ref, String title, String summary, String status,
                                 LocalDate opensOn, LocalDate closesOn) {
}
