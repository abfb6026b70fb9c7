package org.powerpartnership.accountability;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a published commitment beyond its reviews: due-date extensions and withdrawal ({@code
 * commitment_event}), shown on the commitments screen, the sponsor's desk, the public record and the open data.
 */
@Repository
public class CommitmentHistory {

    public static final String DUE_DATE_EXTENDED = "DUE_DATE_EXTENDED";
    public static final String WITHDRAWN = "WITHDRAWN";

    private final JdbcClient jdbc;

    CommitmentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The changes to one commitment, oldest first. */
    @Transactional(readOnly = true)
    public List<CommitmentEvent> of(long commitmentId) {
        return jdbc.sql("select id, commitment_id, kind, old_value, new_value, reasons, recorded_by, recorded_at "
                        + "from commitment_event where commitment_id = ? order by recorded_at, id")
                .param(commitmentId)
                .query((rs, row) -> new CommitmentEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Why the commitment was withdrawn, if it was. */
    @Transactional(readOnly = true)
    public Optional<CommitmentEvent> withdrawal(long commitmentId) {
        return of(commitmentId).stream().filter(CommitmentEvent::isWithdrawal).reduce((first, last) -> last);
    }

    void record(long commitmentId, String kind, String oldValue, String newValue, String reasons, String by,
                Instant at) {
        jdbc.sql("insert into commitment_event (commitment_id, kind, old_value, new_value, reasons, recorded_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(commitmentId, kind, oldValue, newValue, reasons, by, Timestamp.from(at)).update();
    }

    void dueOn(long commitmentId, LocalDate dueOn) {
        jdbc.sql("update commitment set due_on = ? where id = ?").params(dueOn, commitmentId).update();
    }
}
