package org.powerpartnership.network;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;

/**
 * The name is already in the directory (ignoring case and spacing): nothing was saved. Carries the entry that has
 * it, so the screen can open it or offer to merge with it instead.
 */
public class DuplicateNameException extends InvalidInputException {

    private final long existingId;
    private final String existingName;

    DuplicateNameException(long existingId, String existingName) {
        super(FieldProblem.of("name", "directory.duplicate", existingName));
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
