package org.powerpartnership.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people following a consultation by email ({@code consultation_follower}): only those who confirmed their
 * address from the link we sent, each as a recipient without an account ({@code follower:N}) in the language they
 * followed in. An address that was never confirmed hears nothing: anyone could have typed it.
 */
@Component
class Followers {

    private final JdbcClient jdbc;

    Followers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Recipient> confirmedOf(long consultationId) {
        return jdbc.sql("select id, email, language from consultation_follower "
                        + "where consultation_id = ? and confirmed_at is not null order by id")
                .param(consultationId)
                .query((rs, row) -> Recipient.withoutAccount("follower:" + rs.getLong("id"), rs.getString("email"),
                        rs.getString("language")))
                .list();
    }
}
