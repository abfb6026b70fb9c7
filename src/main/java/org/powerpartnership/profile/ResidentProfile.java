package org.powerpartnership.profile;

import java.time.Instant;
import java.util.Set;

/**
 * A resident's saved profile, with the consent they gave: the version and exact wording, and when.
 *
 * @param areaKind {@code postcode} or {@code ward}, as the area was recognised
 */
public record ResidentProfile(String userId, String fullName, String contactPreference, String phone,
                              String postalAddress, String area, String areaKind, String language,
                              String languageOther, Set<String> accessNeeds, String accessNotes, String ageBand,
                              String sex, String ethnicity, String disability, String caring, String consentVersion,
                              String consentWording, Instant consentedAt, String uiLanguage, Instant updatedAt) {

    /** True once the person has filled the profile in and agreed (a row may hold only their screen language). */
    public boolean completed() {
        return consentedAt != null;
    }
}
