package org.powerpartnership.identity;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo, the first start opens one admin account from ADMIN_PASSWORD (and ADMIN_EMAIL), and refuses to
 * start without it: a production system with no way in is worse than one that does not start.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "powerpartnership.demo-data", havingValue = "false", matchIfMissing = true)
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final IdentityService identity;
    private final String email;
    private final String password;

    InitialAdmin(AccountService accounts, IdentityService identity,
                 @Value("${powerpartnership.initial-admin.email:admin@localhost}") String email,
                 @Value("${powerpartnership.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.identity = identity;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No admin account exists yet. Set ADMIN_PASSWORD (and optionally "
                    + "ADMIN_EMAIL, default admin@localhost) for the first start; it creates the initial admin.");
        }
        try {
            accounts.open(new NewAccount(email, "Administrator", password, Set.of(Roles.ADMIN)));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("ADMIN_PASSWORD or ADMIN_EMAIL does not meet the account rules: "
                    + e.problems(), e);
        }
        LOG.info("Created the initial admin account {}", email);
    }
}
