package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team promised, in its access plan, to make taking part possible: kept from the completed
 * {@code access-plan} form so the public page can say where, when and in which formats and languages.
 */
@Service
public class AccessPlans {

    public static final String FORM = "access-plan";

    /**
     * The public part of an access plan.
     *
     * @param formats  values of the form's "formats" options (e.g. {@code easy_read})
     * @param support  values of its "support offered" options (e.g. {@code childcare})
     */
    public record AccessPlan(String venuesAndTimes, List<String> formats, String languages, List<String> support,
                             boolean paper, boolean assisted) {

        public AccessPlan {
            formats = List.copyOf(formats);
            support = List.copyOf(support);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the (validated) values of a completed access-plan form; a later plan replaces an earlier one. */
    @Transactional
    public void planned(long consultationId, Map<String, Object> values) {
        Object[] columns = {values.get("venuesAndTimes"), joined(values.get("formats")), values.get("languages"),
                joined(values.get("supportOffered")), Boolean.TRUE.equals(values.get("paperRoute")),
                Boolean.TRUE.equals(values.get("assistedRoute")), Timestamp.from(clock.instant()), consultationId};
        int updated = jdbc.sql("update access_plan set venues_and_times = ?, formats = ?, languages = ?, "
                + "support_offered = ?, paper_route = ?, assisted_route = ?, planned_at = ? where consultation_id = ?")
                .params(columns).update();
        if (updated == 0) {
            jdbc.sql("insert into access_plan (venues_and_times, formats, languages, support_offered, paper_route, "
                    + "assisted_route, planned_at, consultation_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(columns).update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<AccessPlan> of(long consultationId) {
        return jdbc.sql("select venues_and_times, formats, languages, support_offered, paper_route, assisted_route "
                        + "from access_plan where consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> new AccessPlan(rs.getString(1), split(rs.getString(2)), rs.getString(3),
                        split(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6)))
                .optional();
    }

    private static String joined(Object options) {
        return options instanceof List<?> list && !list.isEmpty()
                ? String.join(",", list.stream().map(String::valueOf).toList()) : null;
    }

    /** A comma-separated column (methods, formats, support) as its values, blanks dropped. */
    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
