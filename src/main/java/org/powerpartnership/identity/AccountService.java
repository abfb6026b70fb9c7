package org.powerpartnership.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.OneLineText;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.MailedInvitations;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: opening one (residents register themselves, admins and bootstrap code open the others), finding one
 * by email, changing its name or password. Credentials and roles live in Camunda's identity service, the profile
 * in our {@code person} table; both are written in one transaction.
 */
@Service
public class AccountService {

    /** Deliberately loose: the only real test of an address is a message that arrives. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_EMAIL = 254;
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 100;
    /**
     * Camunda's webapps treat a system with no member of this group as not set up yet and offer to create an admin;
     * our admins are members of it as well as of {@code admin}.
     */
    static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

    private final IdentityService identity;
    private final PersonRepository people;
    private final Clock clock;
    private final AuditLog audit;
    private final EmailVerification verification;
    private final DomainEvents events;
    private final MailedInvitations invitations;
    private final SignInThrottle throttle;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();
    /** Hashes a registration's password even when the address is taken, so both answers take as long. */
    private final BCryptPasswordEncoder decoy;

    AccountService(IdentityService identity, PersonRepository people, Clock clock, AuditLog audit,
                   EmailVerification verification, DomainEvents events, MailedInvitations invitations,
                   SignInThrottle throttle, AccountSessions sessions,
                   @Value("${powerpartnership.bcrypt-strength:12}") int bcryptStrength) {
        this.identity = identity;
        this.throttle = throttle;
        this.sessions = sessions;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
        this.verification = verification;
        this.events = events;
        this.invitations = invitations;
        this.decoy = new BCryptPasswordEncoder(bcryptStrength);
    }

    /**
     * A resident registers themselves. The answer is the same whether or not the address has an account, so the
     * form cannot be used to find out who has one: a new account waits, unable to sign in, until the link mailed to
     * the address is opened ({@link EmailVerification}); for an address that has an account, its owner is told by
     * mail that someone tried, and nothing changes. An account still waiting for its link is replaced by the newer
     * registration. Problems with what was typed are still refused field by field.
     */
    @Transactional
    public void registerResident(String email, String displayName, String password, Locale language) {
        registerResident(email, displayName, password, language, null);
    }

    /** What a registration leaves the person to do. */
    public enum Registered {
        /** Open the link mailed to the address (and, for an address that had an account, its owner was told). */
        CHECK_EMAIL,
        /** Nothing: the invitation they came from was mailed to this address, which proves it; they can sign in. */
        READY
    }

    /**
     * As {@link #registerResident(String, String, String, Locale)}, from an invitation's link: when the invitation
     * still works and was mailed to the address registered with, that mail proved the address, and the account
     * opens confirmed. Otherwise, as for anyone.
     */
    @Transactional
    public Registered registerResident(String email, String displayName, String password, Locale language,
                                       String invitationToken) {
        NewAccount account = new NewAccount(email, displayName, password, Set.of(Roles.RESIDENT));
        String address = normalise(email);
        Optional<String> existing = existingAccount(address);
        List<FieldProblem> problems = problems(account, address, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (existing.isPresent() && people.awaitsVerification(existing.get())) {
            // Nobody has proved this address yet, so the waiting account is nobody's: the newest registration
            // replaces it, and only its link works. Otherwise whoever registered first (perhaps not the owner)
            // would choose the password the owner's click then confirms.
            discardUnconfirmed(existing.get());
        } else if (existing.isPresent()) {
            decoy.encode(password);
            events.publish(new RegistrationWithExistingAddress(existing.get(), address, language.getLanguage()));
            return Registered.CHECK_EMAIL;
        }
        if (invitationToken != null && invitations.provesAddress(invitationToken, address)) {
            create(account, address, clock.instant());
            return Registered.READY;
        }
        SignedInUser created = create(account, address, null);
        verification.issue(new Person(created.userId(), address, created.displayName(), clock.instant()), language);
        return Registered.CHECK_EMAIL;
    }

    /**
     * Opens an account with the given roles, its address counting as confirmed: admins and start-up code open
     * accounts for addresses they know. Every rule of {@link #registerResident} applies, and a taken address is
     * refused on the {@code email} field.
     */
    @Transactional
    public SignedInUser open(NewAccount account) {
        String address = normalise(account.email());
        List<FieldProblem> problems = problems(account, address, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return create(account, address, clock.instant());
    }

    /**
     * Refuses sign-in to an account whose address is not confirmed yet; called once the password is known to be
     * right, so the refusal tells nothing to someone guessing.
     */
    @Transactional(readOnly = true)
    public void checkAddressConfirmed(String userId) {
        if (people.awaitsVerification(userId)) {
            throw new EmailNotVerifiedException();
        }
    }

    private void discardUnconfirmed(String userId) {
        verification.forget(userId);
        people.delete(userId);
        identity.deleteUser(userId);
    }

    private Optional<String> existingAccount(String address) {
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> byPerson = people.findByEmail(address).map(Person::userId);
        if (byPerson.isPresent()) {
            return byPerson;
        }
        return identity.createUserQuery().userEmail(address).listPage(0, 1).stream().map(User::getId).findFirst();
    }

    private List<FieldProblem> problems(NewAccount account, String email, boolean refuseTaken) {
        String displayName = account.displayName() == null ? "" : account.displayName().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (email.isEmpty()) {
            problems.add(FieldProblem.of("email", "account.email.required"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("email", "account.email.invalid"));
        } else if (AddressScripts.looksLikeAnother(email)) {
            problems.add(FieldProblem.of("email", "account.email.mixedScripts"));
        } else if (refuseTaken && existingAccount(email).isPresent()) {
            problems.add(FieldProblem.of("email", "account.email.taken"));
        }
        problems.addAll(displayNameProblems(displayName));
        problems.addAll(PasswordRules.check("password", account.password(), email));
        if (account.roles().isEmpty() || !Roles.ALL.containsAll(account.roles())) {
            throw new IllegalArgumentException("Unknown roles: " + account.roles());
        }
        return problems;
    }

    /** Writes a checked account: the person (confirmed at {@code verifiedAt}, or waiting when null) and the user. */
    private SignedInUser create(NewAccount account, String email, Instant verifiedAt) {
        String displayName = account.displayName().strip();
        String userId = newUserId(email);
        try {
            people.insert(new Person(userId, email, displayName, clock.instant()), verifiedAt);
        } catch (DuplicateKeyException raceLost) {
            throw new InvalidInputException(FieldProblem.of("email", "account.email.taken"));
        }
        User user = identity.newUser(userId);
        user.setEmail(email);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setPassword(account.password());
        identity.saveUser(user);
        for (String role : account.roles()) {
            identity.createMembership(userId, role);
        }
        if (account.roles().contains(Roles.ADMIN)) {
            identity.createMembership(userId, CAMUNDA_ADMIN);
        }
        // With its session stamp, as a sign-in would give it: a session holding it is not taken for a stale one.
        return new SignedInUser(userId, email, displayName, account.roles(), sessions.stampOf(userId).orElse(null));
    }

    /**
     * The user id an email signs in as: the email is the only sign-in name. The internal user id is not one, so it
     * needs no throttle of its own and can never be guessed from anything the council publishes.
     */
    @Transactional(readOnly = true)
    public Optional<String> userIdForSignIn(String email) {
        String key = normalise(email);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> byPerson = people.findByEmail(key).map(Person::userId);
        if (byPerson.isPresent()) {
            return byPerson;
        }
        // accounts opened in Camunda Admin have no person row; their email is in the identity store only
        List<User> byEmail = identity.createUserQuery().userEmail(key).listPage(0, 2);
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0).getId()) : Optional.empty();
    }

    /** Checks a password against the identity store; false for an unknown user. */
    public boolean passwordMatches(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    /** The session's view of an account: name, email, the roles it holds now and its session stamp. */
    @Transactional(readOnly = true)
    public SignedInUser signedInUser(String userId) {
        User user = Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .orElseThrow(() -> new IllegalArgumentException("No such user: " + userId));
        Optional<Person> person = people.findByUserId(userId);
        String displayName = person.map(Person::displayName)
                .orElseGet(() -> (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip());
        String email = person.map(Person::email).orElse(nullToEmpty(user.getEmail()));
        return new SignedInUser(userId, email, displayName.isEmpty() ? userId : displayName, rolesOf(userId),
                sessions.stampOf(userId).orElse(null));
    }

    /** The roles an account holds; Camunda's own {@code camunda-admin} group counts as {@code admin}. */
    @Transactional(readOnly = true)
    public Set<String> rolesOf(String userId) {
        return Set.copyOf(identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(id -> CAMUNDA_ADMIN.equals(id) ? Roles.ADMIN : id)
                .filter(Roles::isRole).toList());
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(String userId) {
        return people.findByUserId(userId);
    }

    /** The user ids of everyone holding a role, for choosing teams and panels. */
    @Transactional(readOnly = true)
    public List<SignedInUser> membersOf(String role) {
        return identity.createUserQuery().memberOfGroup(role).orderByUserFirstName().asc().list().stream()
                .map(user -> signedInUser(user.getId())).toList();
    }

    @Transactional
    public void changeDisplayName(SignedInUser who, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        List<FieldProblem> problems = displayNameProblems(name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        people.updateDisplayName(who.userId(), name);
        User user = identity.createUserQuery().userId(who.userId()).singleResult();
        user.setFirstName(name);
        identity.saveUser(user);
    }

    /**
     * Changes the password after checking the current one. That check is throttled like sign-in, on the same
     * counters, so the account page is no back door for guessing. This session keeps working with the new password;
     * the person's other sessions end at their next request ({@link AccountSessions}).
     *
     * @throws SignInLockedException while too many wrong passwords have been tried for this account or client
     */
    @Transactional
    public void changePassword(SignedInUser who, String currentPassword, String newPassword) {
        SignInThrottle.Attempt attempt = throttle.admit(who.email(), AccountSessions.clientAddress().orElse(null));
        if (!identity.checkPassword(who.userId(), currentPassword)) {
            throw new InvalidInputException(FieldProblem.of("currentPassword", "account.password.wrong"));
        }
        throttle.succeeded(attempt);
        List<FieldProblem> problems = PasswordRules.check("newPassword", newPassword, who.email());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        User user = identity.createUserQuery().userId(who.userId()).singleResult();
        user.setPassword(newPassword);
        identity.saveUser(user);
        sessions.keepCurrentSession(who.userId());
    }

    /** Adds a role to an account; only admins may do it. */
    @Transactional
    public void grantRole(SignedInUser admin, String userId, String role) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an admin grants roles");
        }
        if (!Roles.isRole(role)) {
            throw new IllegalArgumentException("Not a role: " + role);
        }
        if (!rolesOf(userId).contains(role)) {
            identity.createMembership(userId, role);
            if (Roles.ADMIN.equals(role)) {
                identity.createMembership(userId, CAMUNDA_ADMIN);
            }
        }
    }

    /**
     * Gives someone the partner role because they joined an organisation (its review approved them, its admin
     * approved them, or they accepted its invitation); the caller has checked that. Audited with who let them in
     * and why. The person's open sessions take the new role at their next request ({@link AccountSessions}).
     */
    @Transactional
    public void grantPartnerRole(String userId, String grantedBy, String because) {
        if (!rolesOf(userId).contains(Roles.PARTNER)) {
            identity.createMembership(userId, Roles.PARTNER);
            audit.record(grantedBy, null, "account.roleGranted", "user:" + userId,
                    java.util.Map.of("role", Roles.PARTNER, "because", because));
        }
    }

    static String normalise(String email) {
        return email == null ? "" : AddressScripts.canonical(email.strip()).toLowerCase(Locale.ROOT);
    }

    private static List<FieldProblem> displayNameProblems(String name) {
        if (name.isEmpty()) {
            return List.of(FieldProblem.of("displayName", "account.displayName.required"));
        }
        if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
            return List.of(FieldProblem.of("displayName", "account.displayName.length", MIN_NAME, MAX_NAME));
        }
        return OneLineText.problem("displayName", name).stream().toList();
    }

    /** A readable, unique id: the email's local part, cleaned, plus a random suffix. */
    private String newUserId(String email) {
        String stem = email.split("@", 2)[0].replaceAll("[^a-z0-9]", "");
        if (stem.isEmpty()) {
            stem = "user";
        }
        stem = stem.substring(0, Math.min(stem.length(), 40));
        String candidate;
        do {
            candidate = stem + (1000 + random.nextInt(9000));
        } while (identity.createUserQuery().userId(candidate).count() > 0);
        return candidate;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
