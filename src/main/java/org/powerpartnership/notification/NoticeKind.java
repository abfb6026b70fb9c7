package org.powerpartnership.notification;

/**
 * The kinds of notice a person can be sent, each with its own mail choice (at once, daily digest, or none). Work
 * offered to someone can be digested but never switched off: a person who never hears of their work cannot do it.
 */
public enum NoticeKind {
    /** A task, a partner role, a juror seat or a sign-off offered to the person or their group. */
    WORK_OFFERED(false),
    /** Work that is due soon or overdue. */
    REMINDER(true),
    /** An escalation raised to the consultation's sponsor. */
    ESCALATION(true),
    /** The answer to a support (adjustment) request the person made. */
    SUPPORT_ANSWERED(true),
    /** A stage signed off or returned to the team. */
    STAGE_DECIDED(true),
    /** The council's response published ("you said, we did"). */
    RESPONSE_PUBLISHED(true),
    /** A commitment the council made has changed (progress, a new date, done). */
    COMMITMENT_UPDATED(true),
    /** A consultation's pause or withdrawal asked for, decided, or ended. */
    PAUSE_OR_WITHDRAWAL(true);

    private final boolean canSwitchOff;

    NoticeKind(boolean canSwitchOff) {
        this.canSwitchOff = canSwitchOff;
    }

    public boolean canSwitchOff() {
        return canSwitchOff;
    }
}
