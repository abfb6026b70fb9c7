package org.powerpartnership.identity;

import java.security.SecureRandom;
import java.time.Clock;
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
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
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
    private final SignInThrottle throttle;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();

    AccountService(IdentityService identity, PersonRepository people, Clock clock, AuditLog audit,
                   SignInThrottle throttle, AccountSessions sessions) {
        this.identity = identity;
        this.throttle = throttle;
        this.sessions = sessions;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
    }

    /** A resident registers themselves. */
    @Transactional
    public SignedInUser registerResident(String email, String displayName, String password) {
        return open(new NewAccount(email, displayName, password, Set.of(Roles.RESIDENT)));
    }

    /** Opens an account with the given roles; every rule of {@link #registerResident} applies. */
    @Transactional
    public SignedInUser open(NewAccount account) {
        String email = normalise(account.email());
        String displayName = account.displayName() == null ? "" : account.displayName().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (email.isEmpty()) {
            problems.add(FieldProblem.of("email", "account.email.required"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("email", "account.email.invalid"));
        } else if (people.emailTaken(email) || identity.createUserQuery().userEmail(email).count() > 0) {
            problems.add(FieldProblem.of("email", "account.email.taken"));
        }
        problems.addAll(displayNameProblems(displayName));
        problems.addAll(PasswordRules.check("password", account.password(), email));
        if (account.roles().isEmpty() || !Roles.ALL.containsAll(account.roles())) {
            throw new IllegalArgumentException("Unknown roles: " + account.roles());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        String userId = newUserId(email);
        try {
            people.insert(new Person(userId, email, displayName, clock.instant()));
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
        return new SignedInUser(userId, email, displayName, account.roles());
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
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static List<FieldProblem> displayNameProblems(String name) {
        if (name.isEmpty()) {
            return List.of(FieldProblem.of("displayName", "account.displayName.required"));
        }
        if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
            return List.of(FieldProblem.of("displayName", "account.displayName.length", MIN_NAME, MAX_NAME));
        }
        return List.of();
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
