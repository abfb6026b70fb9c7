package org.powerpartnership.consultation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory of consultations: open to everyone, no personal data. */
@Service
public class PublicConsultations {

    static final String OPEN = "OPEN";

    private final JdbcClient jdbc;

    PublicConsultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Consultations people can take part in now, the ones closing soonest first. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> open() {
        return jdbc.sql("""
                        select ref, title, summary, status, opens_on, closes_on from consultation
                        where status = ? order by closes_on nulls last, title""")
                .param(OPEN)
                .query((rs, row) -> new PublicConsultation(rs.getString("ref"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("status"),
                        rs.getObject("opens_on", java.time.LocalDate.class),
                        rs.getObject("closes_on", java.time.LocalDate.class)))
                .list();
    }
}
