package org.powerpartnership.shared;

/**
 * Something that happened in one feature that others may act on (past tense: {@code GateOpened},
 * {@code CommitmentUpdated}). Every event the application publishes is one, goes out through {@link DomainEvents},
 * and has at least one listener: a test fails the build when an event is published that nothing hears.
 */
public interface DomainEvent {
}
