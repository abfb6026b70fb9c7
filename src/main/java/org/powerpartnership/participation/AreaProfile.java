package org.powerpartnership.participation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adult population of an area by age band, to compare respondents against. Until an area's own figures are
 * loaded, England and Wales (Census 2021, adults) stands in.
 */
public final class AreaProfile {

    /** Share of adults per age band, from the 2021 Census for England and Wales, rounded. */
    public static final Map<String, Double> ENGLAND_AND_WALES_ADULTS;

    static {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("18_24", 0.11);
        shares.put("25_34", 0.17);
        shares.put("35_49", 0.24);
        shares.put("50_64", 0.24);
        shares.put("65_74", 0.13);
        shares.put("75_plus", 0.11);
        ENGLAND_AND_WALES_ADULTS = java.util.Collections.unmodifiableMap(shares);
    }

    private AreaProfile() {
    }
}
