package org.powerpartnership.participation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberative panel (citizens' panel or jury): members drawn by stratified random selection from registered
 * residents, so the panel looks like the area rather than like the people who always come.
 */
@Service
public class DeliberationService {

    private final AccountService accounts;
    private final Memberships memberships;
    private final ConsultationService consultations;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Random random;

    DeliberationService(AccountService accounts, Memberships memberships, ConsultationService consultations,
                        JdbcClient jdbc, AuditLog audit) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.consultations = consultations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.random = new SecureRandom();
    }

    /**
     * Draws up to {@code size} jurors: seats per age band in proportion to the area, each filled at random from
     * residents of that band; seats a band cannot fill go to a random draw from everyone left. Team and panel
     * members are never drawn.
     */
    @Transactional
    public List<String> recruit(SignedInUser officer, long consultationId, int size) {
        Consultation consultation = consultations.get(consultationId);
        Set<String> excluded = Set.copyOf(memberships.of(consultationId).stream()
                .filter(m -> m.role().isTeam() || m.role() == MemberRole.PANEL || m.role() == MemberRole.SPONSOR)
                .map(m -> m.userId()).toList());
        Map<String, List<String>> pool = new HashMap<>();
        for (SignedInUser resident : accounts.membersOf(Roles.RESIDENT)) {
            if (!excluded.contains(resident.userId())) {
                pool.computeIfAbsent(ageBandOf(resident.userId()), band -> new ArrayList<>()).add(resident.userId());
            }
        }
        pool.values().forEach(list -> Collections.shuffle(list, random));
        List<String> chosen = new ArrayList<>();
        Map<String, Integer> seats = seats(size);
        for (var band : seats.entrySet()) {
            List<String> candidates = pool.getOrDefault(band.getKey(), new ArrayList<>());
            int taken = 0;
            while (chosen.size() < size && taken < band.getValue() && !candidates.isEmpty()) {
                chosen.add(candidates.remove(0));
                taken++;
            }
        }
        List<String> rest = new ArrayList<>();
        pool.values().forEach(rest::addAll);
        Collections.shuffle(rest, random);
        for (String resident : rest) {
            if (chosen.size() >= size) {
                break;
            }
            chosen.add(resident);
        }
        for (String juror : chosen) {
            memberships.add(consultationId, consultation.ref(), juror, MemberRole.JUROR);
        }
        audit.recordForStage(officer.userId(), consultationId, "PARTICIPATION", "deliberation.recruited",
                "consultation:" + consultationId, Map.of("asked", size, "drawn", chosen.size()));
        return chosen;
    }

    @Transactional(readOnly = true)
    public List<String> jurors(long consultationId) {
        return memberships.userIds(consultationId, MemberRole.JUROR);
    }

    private static Map<String, Integer> seats(int size) {
        Map<String, Integer> seats = new LinkedHashMap<>();
        AreaProfile.ENGLAND_AND_WALES_ADULTS.forEach((band, share) -> seats.put(band, (int) Math.round(size * share)));
        return seats;
    }

    /** A resident's age band from their most recent response, if they gave one. */
    private String ageBandOf(String userId) {
        return jdbc.sql("select age_band from response where respondent_id = ? and age_band is not null "
                        + "order by submitted_at desc").param(userId).query(String.class).list().stream()
                .findFirst().orElse("unknown");
    }
}
