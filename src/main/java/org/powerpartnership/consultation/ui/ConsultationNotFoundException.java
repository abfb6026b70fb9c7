package org.powerpartnership.consultation.ui;

/** Someone followed a link to a consultation that does not exist (or no longer does). */
class ConsultationNotFoundException extends RuntimeException {

    ConsultationNotFoundException(String ref) {
        super("No consultation with reference " + ref);
    }
}
