package org.powerpartnership.notification;

import java.util.Locale;

/**
 * Whom a notice is for. {@code id} is an account id, or {@code follower:N} / {@code hear-back:N} for someone who
 * gave only an address; {@code address} is kept only for those (an account's mail goes to its address at sending
 * time, so a changed address is followed and an erased account gets nothing).
 */
record Recipient(String id, String address, String language) {

    static Recipient account(String userId, String language) {
        return new Recipient(userId, null, language);
    }

    static Recipient withoutAccount(String id, String address, String language) {
        return new Recipient(id, address, language);
    }

    boolean hasAccount() {
        return address == null;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
