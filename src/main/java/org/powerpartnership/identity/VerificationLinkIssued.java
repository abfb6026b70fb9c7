package org.powerpartnership.identity;

import org.powerpartnership.shared.DomainEvent;

/**
 * A link that confirms an address was issued; the mail carrying it is the only place the token goes (the database
 * keeps its hash). {@code language} is the screen language the person registered in.
 */
public record VerificationLinkIssued(String userId, String email, String displayName, String token, String language) implements DomainEvent {

    @Override
    public String toString() {
        return "VerificationLinkIssued[" + userId + "]"; // never the token
    }
}
