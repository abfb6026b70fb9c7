package org.powerpartnership.shared;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session. Its user name is the Camunda user id, so the engine, its webapps and our own
 * records name the same person the same way; the email and display name are for people to read.
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final String email;
    private final String displayName;
    private final Set<String> roles;
    private final String sessionStamp;

    public SignedInUser(String userId, String email, String displayName, Collection<String> roles) {
        this(userId, email, displayName, roles, null);
    }

    /**
     * @param sessionStamp what the account's credentials looked like when this was read (a digest, never the
     *                     password hash itself): a session whose stamp no longer matches the account ends
     */
    public SignedInUser(String userId, String email, String displayName, Collection<String> roles,
                        String sessionStamp) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(new TreeSet<>(roles));
        this.sessionStamp = sessionStamp;
    }

    /** The same person with the roles the account holds now, for a session that follows a change of roles. */
    public SignedInUser withRoles(Collection<String> newRoles) {
        return new SignedInUser(userId, email, displayName, newRoles, sessionStamp);
    }

    /** The same person as of a new stamp, for the session in which they changed their own password. */
    public SignedInUser withSessionStamp(String newStamp) {
        return new SignedInUser(userId, email, displayName, roles, newStamp);
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Null when this was not read from the account store (then no session can be kept with it). */
    public String sessionStamp() {
        return sessionStamp;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return null; // the hash stays in the identity store; sessions never carry it
    }

    @Override
    public String getUsername() {
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + userId + " " + roles + "]";
    }
}
