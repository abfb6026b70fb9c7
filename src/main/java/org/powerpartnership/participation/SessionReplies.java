package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jurors' replies to "Can you come to the session?" (form {@code session-attendance}). The team sees only numbers;
 * a juror who can come with help gets that help asked for as an adjustment request, so it reaches an officer with
 * a due date and the juror sees its status under "Ask for support", as any other request.
 */
@Service
public class SessionReplies {

    public static final String FORM = "session-attendance";
    static final String YES = "yes";
    static final String YES_WITH_SUPPORT = "yes_with_support";
    static final String NO = "no";

    /** How the panel replied so far; {@code noReply} counts jurors who have not said. */
    public record Counts(int coming, int comingWithSupport, int notComing, int noReply) {
    }

    private final JdbcClient jdbc;
    private final AdjustmentService adjustments;
    private final DeliberationService deliberation;
    private final Clock clock;

    SessionReplies(JdbcClient jdbc, AdjustmentService adjustments, DeliberationService deliberation, Clock clock) {
        this.jdbc = jdbc;
        this.adjustments = adjustments;
        this.deliberation = deliberation;
        this.clock = clock;
    }

    /** Records one juror's (validated) reply; help they need becomes an adjustment request in the same transaction. */
    @Transactional
    public void reply(SignedInUser juror, long consultationId, Map<String, Object> values) {
        String coming = (String) values.get("coming");
        jdbc.sql("insert into session_reply (consultation_id, coming, replied_at) values (?, ?, ?)")
                .params(consultationId, coming, Timestamp.from(clock.instant())).update();
        if (YES_WITH_SUPPORT.equals(coming)) {
            adjustments.request(juror, consultationId,
                    Map.of("kind", "other", "details", values.get("supportNeeded")));
        }
    }

    @Transactional(readOnly = true)
    public Counts of(long consultationId) {
        Map<String, Integer> replies = new HashMap<>();
        jdbc.sql("select coming, count(*) from session_reply where consultation_id = ? group by coming")
                .param(consultationId)
                .query((rs, row) -> replies.put(rs.getString(1), rs.getInt(2))).list();
        int replied = replies.values().stream().mapToInt(Integer::intValue).sum();
        int jurors = deliberation.jurors(consultationId).size();
        return new Counts(replies.getOrDefault(YES, 0), replies.getOrDefault(YES_WITH_SUPPORT, 0),
                replies.getOrDefault(NO, 0), Math.max(0, jurors - replied));
    }
}
