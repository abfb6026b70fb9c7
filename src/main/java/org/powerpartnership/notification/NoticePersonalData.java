package org.powerpartnership.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the notification feature holds about a person: their notices, how they chose to be mailed, and the
 * consultations their account's address follows (with anything still waiting to be mailed to it as a follower).
 * Ordered before the account itself is erased, because followers are found by the account's address.
 */
@Component
@Order(6)
class NoticePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Recipients recipients;

    NoticePersonalData(JdbcClient jdbc, Recipients recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    @Override
    public String section() {
        return "notices";
    }

    @Override
    public Object export(String userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notices", jdbc.sql("select kind, subject, body, link, created_at, read_at, mail_state from notice "
                        + "where recipient_id = ? order by created_at, id").param(userId)
                .query((rs, row) -> {
                    Map<String, Object> notice = new LinkedHashMap<>();
                    notice.put("kind", rs.getString("kind"));
                    notice.put("subject", rs.getString("subject"));
                    notice.put("text", rs.getString("body"));
                    notice.put("link", rs.getString("link"));
                    notice.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
                    notice.put("read", rs.getTimestamp("read_at") != null);
                    notice.put("mail", rs.getString("mail_state"));
                    return notice;
                }).list());
        Map<String, Object> choices = new LinkedHashMap<>();
        jdbc.sql("select kind, choice from notice_preference where user_id = ? order by kind").param(userId)
                .query((rs, row) -> choices.put(rs.getString(1), rs.getString(2))).list();
        out.put("mailChoices", choices);
        out.put("consultationsFollowed", address(userId).map(address -> jdbc.sql(
                        "select consultation_id, email, language, created_at, confirmed_at from consultation_follower "
                                + "where lower(email) = ? order by id").param(address)
                .query((rs, row) -> {
                    Map<String, Object> follow = new LinkedHashMap<>();
                    follow.put("consultationId", rs.getLong("consultation_id"));
                    follow.put("email", rs.getString("email"));
                    follow.put("language", rs.getString("language"));
                    follow.put("askedAt", rs.getTimestamp("created_at").toInstant().toString());
                    follow.put("confirmed", rs.getTimestamp("confirmed_at") != null);
                    return follow;
                }).list()).orElse(List.of()));
        return out;
    }

    @Override
    public void erase(String userId) {
        jdbc.sql("delete from notice where recipient_id = ?").param(userId).update();
        jdbc.sql("delete from notice_preference where user_id = ?").param(userId).update();
        address(userId).ifPresent(address -> {
            List<Long> followers = jdbc.sql("select id from consultation_follower where lower(email) = ?")
                    .param(address).query(Long.class).list();
            followers.forEach(id -> jdbc.sql("delete from notice where recipient_id = ?")
                    .param("follower:" + id).update());
            jdbc.sql("delete from consultation_follower where lower(email) = ?").param(address).update();
        });
    }

    private Optional<String> address(String userId) {
        return recipients.addressOf(userId).map(address -> address.strip().toLowerCase(Locale.ROOT));
    }
}
