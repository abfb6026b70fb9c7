package org.powerpartnership.network;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation the sector uses; {@link #code()} is what the directory stores. */
public enum OrganisationKind {
    COMMUNITY_GROUP("community_group"),
    /** A CVS or other local infrastructure body. */
    INFRASTRUCTURE("infrastructure"),
    COMMUNITY_ANCHOR("community_anchor"),
    FAITH_GROUP("faith_group"),
    TENANTS_RESIDENTS("tenants_residents"),
    COMMUNITY_FOUNDATION("community_foundation"),
    PARISH_COUNCIL("parish_council"),
    PUBLIC_SECTOR("public_sector");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OrganisationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
