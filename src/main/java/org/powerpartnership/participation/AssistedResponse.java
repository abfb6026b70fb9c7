package org.powerpartnership.participation;

/**
 * What a partner confirms when entering a response for a resident who is offline.
 *
 * @param residentName   the resident's first name or initials, optional; never contact details
 * @param consentGiven   the resident agreed to the response and to our keeping their answers
 * @param consentWording the words of that agreement as the partner read them out
 * @param submissionKey  one key per filled-in form: sending the same form twice stores one response
 * @param organisationId the organisation the partner entered it for (the one they act for); null before that is known
 */
public record AssistedResponse(String residentName, boolean consentGiven, String consentWording,
                               String submissionKey, Long organisationId) {

    /** As the partner's screen fills it in: the organisation is added by the partner's workspace. */
    public AssistedResponse(String residentName, boolean consentGiven, String consentWording, String submissionKey) {
        this(residentName, consentGiven, consentWording, submissionKey, null);
    }

    /** The same response, entered for this organisation. */
    public AssistedResponse forOrganisation(long organisation) {
        return new AssistedResponse(residentName, consentGiven, consentWording, submissionKey, organisation);
    }

    /** The longest first name or initials we keep. */
    public static final int NAME_MAX = 40;
}
