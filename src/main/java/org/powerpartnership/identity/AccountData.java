package org.powerpartnership.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account in a person's data download (our {@code person} row and the identity-service user with its roles),
 * and its erasure: the row, the sign-in throttle's record of their address, the user and its memberships go, so
 * nobody can sign in as them again.
 */
@Component
@Order(10)
class AccountData implements PersonalDataHolder {

    private final PersonRepository people;
    private final IdentityService identity;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    AccountData(PersonRepository people, IdentityService identity, AccountService accounts, JdbcClient jdbc) {
        this.people = people;
        this.identity = identity;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(String userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userId", userId);
        people.findByUserId(userId).ifPresent(person -> {
            out.put("email", person.email());
            out.put("name", person.displayName());
            out.put("createdAt", person.createdAt().toString());
        });
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user != null) {
            Map<String, Object> signIn = new LinkedHashMap<>();
            signIn.put("firstName", user.getFirstName());
            signIn.put("lastName", user.getLastName());
            signIn.put("email", user.getEmail());
            signIn.put("password", "kept only as a one-way hash, never shown");
            out.put("signIn", signIn);
        }
        out.put("roles", List.copyOf(new TreeSet<>(accounts.rolesOf(userId))));
        return out;
    }

    @Override
    public void erase(String userId) {
        // the counter under their email, and those kept before counters were named by kind (email, user id)
        people.findByUserId(userId).ifPresent(person -> jdbc.sql(
                        "delete from sign_in_throttle where account_key in (?, ?)")
                .params(SignInThrottle.accountKey(person.email()), person.email()).update());
        jdbc.sql("delete from sign_in_throttle where account_key = ?").param(userId).update();
        jdbc.sql("delete from email_verification where user_id = ?").param(userId).update();
        people.delete(userId);
        if (identity.createUserQuery().userId(userId).count() > 0) {
            identity.deleteUser(userId); // with its group memberships, tenant memberships and user info
        }
    }
}
