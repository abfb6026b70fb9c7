package org.powerpartnership.participation;

/**
 * What a partner confirms when entering a response for a resident who is offline.
 *
 * @param residentName   the resident's first name or initials, optional; never contact details
 * @param consentGiven   the resident agreed to the response and to our keeping their answers
 * @param consentWording the words of that agreement as the partner read them out
 * @param submissionKey  one key per filled-in form: sending the same form twice stores one response
 */
public record AssistedResponse(String residentName, boolean consentGiven, String consentWording,
                               String submissionKey) {

    /** The longest first name or initials we keep. */
    public static final int NAME_MAX = 40;
}
