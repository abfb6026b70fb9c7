package org.powerpartnership.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.UnreadNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notices: how many are unread, a page of them newest first, and marking them read.
 * Every method works on the person signed in on this request and takes no account id from its caller, so no screen
 * can show or change another person's notices, whatever id it is handed.
 */
@Service
public class NoticeInbox implements UnreadNotices {

    /** How many notices a page holds. */
    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeInbox(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.find().map(user -> jdbc.sql(
                        "select count(*) from notice where recipient_id = ? and read_at is null")
                .param(user.userId()).query(Long.class).single()).orElse(0L);
    }

    /** Notices from {@code offset}, newest first, at most {@code limit} (at most one page). */
    @Transactional(readOnly = true)
    public List<NoticeLine> page(int offset, int limit) {
        SignedInUser user = currentUser.require();
        return jdbc.sql("select id, subject, body, link, created_at, read_at from notice where recipient_id = ? "
                        + "order by created_at desc, id desc limit ? offset ?")
                .params(user.userId(), Math.min(Math.max(limit, 0), PAGE_SIZE), Math.max(offset, 0))
                .query((rs, row) -> new NoticeLine(rs.getLong("id"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    /**
     * Marks one of the person's notices read and gives the page it is about. Another person's notice, or one that
     * does not exist, is left alone and gives nothing.
     */
    @Transactional
    public Optional<String> markRead(long noticeId) {
        SignedInUser user = currentUser.require();
        jdbc.sql("update notice set read_at = ? where id = ? and recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), noticeId, user.userId()).update();
        return jdbc.sql("select link from notice where id = ? and recipient_id = ?")
                .params(noticeId, user.userId()).query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional().flatMap(link -> link);
    }

    /** Marks every unread notice of the person read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        SignedInUser user = currentUser.require();
        return jdbc.sql("update notice set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), user.userId()).update();
    }
}
