package org.powerpartnership.shared;

/**
 * How many notices the signed-in person has not read yet, for the shell's header. The shell asks through this
 * interface (the notification feature answers), so the shell needs no feature of its own.
 */
public interface UnreadNotices {

    /** Unread notices of the person signed in on this request; 0 when nobody is. */
    long unreadCount();
}
