package org.powerpartnership.identity;

import org.powerpartnership.shared.AccountStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An account exists while the identity service still has its user (erasure removes it). */
@Component
class AccountExistence implements AccountStatus {

    private final JdbcClient jdbc;

    AccountExistence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String userId) {
        return jdbc.sql("select count(*) from ACT_ID_USER where ID_ = ?").param(userId).query(Long.class).single() > 0;
    }
}
