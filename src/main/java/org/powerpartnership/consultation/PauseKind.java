package org.powerpartnership.consultation;

/** What the lead officer asks the sponsor for: to pause a consultation for a while, or to withdraw it for good. */
public enum PauseKind {
    /** Stop everything for a while (for example a pre-election period); the time it takes is given back. */
    PAUSE,
    /** End the consultation; nothing more happens in it. */
    WITHDRAW
}
