package org.powerpartnership.notification;

/** How a person wants one kind of notice by mail. The notice is in their list on the site whatever they choose. */
public enum MailChoice {
    AT_ONCE, DIGEST, NONE
}
