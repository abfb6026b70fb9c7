package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's relationship with the council over time: the consultations it was invited to, what it agreed to
 * do and reach, the outreach it reported, the responses entered for it, and how often it is asked compared with the
 * other active organisations (the "usual suspects" figure), with those rarely asked that reach the same groups or
 * areas, so officers can widen the circle.
 */
@Service
public class OrganisationRelationships {

    /** How far back "how often asked" looks. */
    static final int YEARS_COMPARED = 3;
    private static final int SUGGESTIONS = 5;

    public record Relationships(List<Invitation> invitations, List<Outreach> outreach, List<Assisted> assisted,
                                Frequency frequency, List<Suggestion> rarelyAsked) {
    }

    /** @param role co_host, promote or assist once accepted */
    public record Invitation(long consultationId, String ref, String title, Instant invitedAt, String role,
                             Integer reachEstimate, String reachDescription, Instant acceptedAt) {
    }

    public record Outreach(long consultationId, String title, Instant reportedAt, String groupsReached,
                           Integer peopleReached) {
    }

    public record Assisted(long consultationId, String title, long responses) {
    }

    /**
     * @param invited      this organisation's invitations in the last {@link #YEARS_COMPARED} years
     * @param median       the median of every active organisation's invitations over the same years
     * @param organisations how many active organisations the median is taken over
     */
    public record Frequency(int invited, double median, int organisations) {
    }

    public record Suggestion(long id, String name, int invited) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationRelationships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Relationships of(SignedInUser reader, long organisationId) {
        OrganisationDirectory.requireKeeper(reader);
        Map<Long, Integer> counts = invitationCounts();
        List<Integer> active = new ArrayList<>(counts.values());
        double median = median(active);
        int invited = recentInvitations(organisationId);
        List<Suggestion> rarelyAsked = reachingTheSame(organisationId).entrySet().stream()
                .map(e -> new Suggestion(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey(), 0)))
                .filter(s -> s.invited() <= median && s.invited() < Math.max(invited, 1))
                .sorted(Comparator.comparingInt(Suggestion::invited).thenComparing(Suggestion::name))
                .limit(SUGGESTIONS).toList();
        return new Relationships(invitations(organisationId), outreach(organisationId), assisted(organisationId),
                new Frequency(invited, median, active.size()), rarelyAsked);
    }

    private List<Invitation> invitations(long organisationId) {
        return jdbc.sql("""
                        select c.id, c.ref, c.title, p.invited_at, p.partner_role, p.reach_estimate,
                               p.reach_description, p.accepted_at
                        from consultation_partner p join consultation c on c.id = p.consultation_id
                        where p.organisation_id = ? order by p.invited_at desc, c.id desc""")
                .param(organisationId)
                .query((rs, row) -> {
                    int reach = rs.getInt(6);
                    Integer reachEstimate = rs.wasNull() ? null : reach;
                    Timestamp accepted = rs.getTimestamp(8);
                    return new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), reachEstimate, rs.getString(7),
                            accepted == null ? null : accepted.toInstant());
                }).list();
    }

    private List<Outreach> outreach(long organisationId) {
        return jdbc.sql("""
                        select c.id, c.title, o.reported_at, o.groups_reached, o.people_reached
                        from partner_outreach o join consultation c on c.id = o.consultation_id
                        where o.organisation_id = ? order by o.reported_at desc, o.id desc""")
                .param(organisationId)
                .query((rs, row) -> {
                    int people = rs.getInt(5);
                    return new Outreach(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4), rs.wasNull() ? null : people);
                }).list();
    }

    private List<Assisted> assisted(long organisationId) {
        return jdbc.sql("""
                        select c.id, c.title, count(*) from response r join consultation c on c.id = r.consultation_id
                        where r.assisted_organisation_id = ? group by c.id, c.title order by c.title""")
                .param(organisationId)
                .query((rs, row) -> new Assisted(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    private Timestamp since() {
        return Timestamp.from(clock.instant().atZone(clock.getZone()).minusYears(YEARS_COMPARED).toInstant());
    }

    private int recentInvitations(long organisationId) {
        return jdbc.sql("select count(*) from consultation_partner where organisation_id = ? and invited_at >= ?")
                .params(organisationId, since()).query(Long.class).single().intValue();
    }

    /** Every active organisation's invitations in the years compared, none counting as zero. */
    private Map<Long, Integer> invitationCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select o.id, (select count(*) from consultation_partner p
                                      where p.organisation_id = o.id and p.invited_at >= ?)
                        from organisation o where o.status = 'active'""")
                .param(since())
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /** Active organisations, other than this one, that work with one of its groups or in one of its areas. */
    private Map<Long, String> reachingTheSame(long organisationId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("""
                        select o.id, o.name from organisation o
                        where o.status = 'active' and o.id <> ? and (
                          exists (select 1 from organisation_group g join organisation_group mine
                                    on mine.characteristic = g.characteristic and mine.group_value = g.group_value
                                  where g.organisation_id = o.id and mine.organisation_id = ?)
                          or exists (select 1 from organisation_area a join organisation_area mine
                                       on lower(mine.area) = lower(a.area)
                                     where a.organisation_id = o.id and mine.organisation_id = ?))""")
                .params(organisationId, organisationId, organisationId)
                .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
