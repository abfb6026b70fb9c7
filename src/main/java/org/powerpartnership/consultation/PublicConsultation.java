package org.powerpartnership.consultation;

import java.time.LocalDate;

/** What anyone may read about a consultation without an account. */
public record PublicConsultation(String ref, String title, String summary, String status,
                                 LocalDate opensOn, LocalDate closesOn) {
}
