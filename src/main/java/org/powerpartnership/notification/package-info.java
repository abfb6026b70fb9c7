/**
 * Email to the people a change concerns: the panel when a sign-off opens and before its deadline, the team and the
 * panel when it closes. Listens to other features' events after their transaction commits, so a change that rolls
 * back sends nothing; a mail server that is down never costs the change: the mail waits in the outbox and is tried
 * again with growing pauses.
 */
package org.powerpartnership.notification;
