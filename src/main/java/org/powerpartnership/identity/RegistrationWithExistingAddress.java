package org.powerpartnership.identity;

import org.powerpartnership.shared.DomainEvent;

/**
 * Someone registered with an address that already has an account. The screen answers as for a new address; the
 * account's owner is told by mail, and nothing else changes.
 */
public record RegistrationWithExistingAddress(String userId, String email, String language) implements DomainEvent {
}
