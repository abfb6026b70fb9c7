package org.powerpartnership.profile;

import java.util.Set;

/**
 * What a resident tells us about themselves. Equality answers may be null (not answered) or
 * {@link ProfileOptions#PREFER_NOT_TO_SAY}.
 *
 * @param consentGiven   the consent box was ticked
 * @param consentVersion the version of the consent wording the person was shown
 * @param consentWording the exact words they were shown, in their language
 */
public record ProfileAnswers(String fullName, String contactPreference, String phone, String postalAddress,
                             String area, String language, String languageOther, Set<String> accessNeeds,
                             String accessNotes, String ageBand, String sex, String ethnicity, String disability,
                             String caring, boolean consentGiven, String consentVersion, String consentWording) {

    public ProfileAnswers {
        accessNeeds = accessNeeds == null ? Set.of() : Set.copyOf(accessNeeds);
    }
}
