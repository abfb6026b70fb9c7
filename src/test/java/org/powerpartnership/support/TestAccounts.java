package org.powerpartnership.support;

import java.util.Set;
import java.util.UUID;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.NewAccount;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Opens fresh accounts for a test, each with its own email, through the real account service. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery-2026";

    private final AccountService accounts;

    public TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public SignedInUser open(String... roles) {
        String email = String.join("-", roles) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";
        return accounts.open(new NewAccount(email, "Test " + String.join(" ", roles), PASSWORD, Set.of(roles)));
    }

    public SignedInUser open(String displayName, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";
        return accounts.open(new NewAccount(email, displayName, PASSWORD, Set.of(role)));
    }
}
