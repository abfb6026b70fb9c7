package org.powerpartnership.shared;

/**
 * Whether an invitation link proves an address: it was mailed to that address and still works. Someone who registers
 * from such a link with the address it was sent to has shown the address is theirs, as a confirmation link would.
 */
public interface MailedInvitations {

    boolean provesAddress(String invitationToken, String email);
}
