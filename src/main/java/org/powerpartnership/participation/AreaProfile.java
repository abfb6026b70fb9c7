package org.powerpartnership.participation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adult population of an area by age band, to compare respondents against. Until an area's own figures are
 * loaded, England and Wales (Census 2021, adults) stands in. The bands are the profile's and the survey's
 * ({@code profile.ProfileOptions.AGE_BAND}): one vocabulary, so a profile's answer counts the same as a survey's.
 */
public final class AreaProfile {

    /** Share of adults per age band, from the 2021 Census for England and Wales, rounded. */
    public static final Map<String, Double> ENGLAND_AND_WALES_ADULTS;

    static {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("18-24", 0.11);
        shares.put("25-34", 0.17);
        shares.put("35-44", 0.16);
        shares.put("45-54", 0.16);
        shares.put("55-64", 0.16);
        shares.put("65-74", 0.13);
        shares.put("75-plus", 0.11);
        ENGLAND_AND_WALES_ADULTS = java.util.Collections.unmodifiableMap(shares);
    }

    private AreaProfile() {
    }
}
