package org.powerpartnership.network;

import java.util.Arrays;
import java.util.Optional;

/** Where an organisation stands in the directory; {@link #code()} is what the directory stores. */
public enum OrganisationStatus {
    /** Named by an officer (for example at stage 2) and not yet confirmed: never shown publicly, never invited. */
    PROPOSED("proposed"),
    /** Registered by someone from it, waiting for an officer's review. */
    PENDING("pending"),
    ACTIVE("active"),
    DECLINED("declined"),
    /** Merged into another entry, which keeps its history. */
    MERGED("merged"),
    CLOSED("closed");

    private final String code;

    OrganisationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OrganisationStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
