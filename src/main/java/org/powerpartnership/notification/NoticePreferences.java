package org.powerpartnership.notification;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's mail choice per kind of notice ({@code notice_preference}); at once unless they chose otherwise. */
@Component
public class NoticePreferences {

    private final JdbcClient jdbc;

    NoticePreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The choice in force: work offered is never {@code NONE}, whatever was stored. */
    @Transactional(readOnly = true)
    public MailChoice choiceOf(String userId, NoticeKind kind) {
        MailChoice stored = jdbc.sql("select choice from notice_preference where user_id = ? and kind = ?")
                .params(userId, kind.name()).query(String.class).optional().map(MailChoice::valueOf)
                .orElse(MailChoice.AT_ONCE);
        return stored == MailChoice.NONE && !kind.canSwitchOff() ? MailChoice.DIGEST : stored;
    }

    @Transactional(readOnly = true)
    public Map<NoticeKind, MailChoice> choicesOf(String userId) {
        Map<NoticeKind, MailChoice> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, choiceOf(userId, kind));
        }
        return choices;
    }

    /** Stores a choice; {@code NONE} for work offered is refused, as the screen says. */
    @Transactional
    public void choose(String userId, NoticeKind kind, MailChoice choice) {
        if (choice == MailChoice.NONE && !kind.canSwitchOff()) {
            throw new IllegalArgumentException("Work offered to a person cannot be switched off, only digested");
        }
        if (jdbc.sql("update notice_preference set choice = ? where user_id = ? and kind = ?")
                .params(choice.name(), userId, kind.name()).update() == 0) {
            jdbc.sql("insert into notice_preference (user_id, kind, choice) values (?, ?, ?)")
                    .params(userId, kind.name(), choice.name()).update();
        }
    }

    void eraseFor(String userId) {
        jdbc.sql("delete from notice_preference where user_id = ?").param(userId).update();
    }
}
