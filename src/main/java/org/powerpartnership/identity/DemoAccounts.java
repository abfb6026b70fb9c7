package org.powerpartnership.identity;

import java.util.List;
import java.util.Set;

import org.powerpartnership.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo cast, one account per role and enough officers and panel members for a real consultation, created on
 * the first start of the embedded default. Refused on any database but H2, whatever the configuration says.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "powerpartnership.demo-data", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    /** Shown in the README; good enough for a demo on a laptop, never used outside the embedded database. */
    static final String PASSWORD = "have-your-say-2026";

    static final List<NewAccount> CAST = List.of(
            account("officer@example.org", "Olivia Okafor", Roles.OFFICER),
            account("deputy@example.org", "Dev Patel", Roles.OFFICER),
            account("resident@example.org", "Rosa Rahman", Roles.RESIDENT),
            account("partner@example.org", "Pat Mensah", Roles.PARTNER),
            account("panel@example.org", "Priya Lewis", Roles.PANEL, Roles.RESIDENT),
            account("panel2@example.org", "Gareth Jones", Roles.PANEL),
            account("panel3@example.org", "Amara Obi", Roles.PANEL),
            account("panel4@example.org", "Cllr Sue Whitfield", Roles.PANEL),
            account("panel5@example.org", "Tom Kowalski", Roles.PANEL, Roles.RESIDENT),
            account("sponsor@example.org", "Cllr Helen Ward", Roles.SPONSOR),
            account("admin@example.org", "Alex Morgan", Roles.ADMIN));

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final EmbeddedDatabase database;

    DemoAccounts(AccountService accounts, EmbeddedDatabase database) {
        this.accounts = accounts;
        this.database = database;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!database.isEmbedded()) {
            LOG.warn("Demo accounts are only created on the embedded H2 database; skipped here");
            return;
        }
        int created = 0;
        for (NewAccount account : CAST) {
            if (accounts.userIdForSignIn(account.email()).isEmpty()) {
                accounts.open(account);
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Created {} demo accounts (password in README.md)", created);
        }
    }

    private static NewAccount account(String email, String name, String... roles) {
        return new NewAccount(email, name, PASSWORD, Set.of(roles));
    }
}
