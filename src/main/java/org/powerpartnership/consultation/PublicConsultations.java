package org.powerpartnership.consultation;

import org.powerpartnership.shared.CouncilTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of consultations: open to everyone, no personal data. A consultation is open while its
 * participation window is open, opening soon while it is launched but still being shaped (stages 1 to 3), and
 * closed once its window has closed or the cycle is complete.
 */
@Service
public class PublicConsultations {

    static final String OPEN = "OPEN";

    private static final String COLUMNS = "ref, title, summary, status, window_opened_at, window_closes_at, "
            + "window_closed_at, completed_at";

    private final JdbcClient jdbc;
    private final ConsultationRepository repository;
    private final ObjectProvider<PartnerOrganisations> partners;
    private final ObjectProvider<CommitmentSummaries> responses;
    private final AccessPlans accessPlans;

    PublicConsultations(JdbcClient jdbc, ConsultationRepository repository,
                        ObjectProvider<PartnerOrganisations> partners, ObjectProvider<CommitmentSummaries> responses,
                        AccessPlans accessPlans) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.partners = partners;
        this.responses = responses;
        this.accessPlans = accessPlans;
    }

    /** Consultations people can take part in now, the ones closing soonest first. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> open() {
        return jdbc.sql("select " + COLUMNS + " from consultation "
                        + "where window_opened_at is not null and window_closed_at is null "
                        + "order by window_closes_at, title")
                .query((rs, row) -> map(rs, PublicConsultationPage.Phase.OPEN)).list();
    }

    /** Consultations launched and still being shaped with the community: people can take part soon. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> openingSoon() {
        return jdbc.sql("select " + COLUMNS + " from consultation "
                        + "where status = ? and window_opened_at is null order by launched_at desc, title")
                .param(Consultation.ACTIVE)
                .query((rs, row) -> map(rs, PublicConsultationPage.Phase.SOON)).list();
    }

    /** Consultations whose window has closed, the most recent first. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> closed() {
        return jdbc.sql("select " + COLUMNS + " from consultation "
                        + "where window_closed_at is not null or status = ? "
                        + "order by coalesce(window_closed_at, completed_at) desc, title")
                .param(Consultation.COMPLETED)
                .query((rs, row) -> map(rs, PublicConsultationPage.Phase.CLOSED)).list();
    }

    /** One consultation's public page, by its shareable reference; empty for an unknown reference. */
    @Transactional(readOnly = true)
    public Optional<PublicConsultationPage> page(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        return repository.findByRef(ref.strip()).map(this::page);
    }

    private PublicConsultationPage page(Consultation c) {
        PublicConsultationPage.Phase phase = c.windowClosedAt() != null || Consultation.COMPLETED.equals(c.status())
                || Consultation.WITHDRAWN.equals(c.status())
                ? PublicConsultationPage.Phase.CLOSED
                : c.windowOpenedAt() != null ? PublicConsultationPage.Phase.OPEN : PublicConsultationPage.Phase.SOON;
        List<String> methods = AccessPlans.split(c.methods());
        List<String> partnerNames = partners.getIfAvailable(() -> PartnerOrganisations.NONE)
                .publicPartnerNames(c.id());
        CommitmentSummaries.Response response = responses.getIfAvailable(() -> CommitmentSummaries.NONE)
                .response(c.id()).orElse(null);
        return new PublicConsultationPage(c.id(), c.ref(), c.title(), c.summary(), phase, c.question(),
                c.formativeStatement(), c.iap2Level(), c.iap2Promise(), c.decisionMaker(), c.geographyName(),
                methods, c.windowOpenedAt(), c.windowClosesAt(), c.windowClosedAt(), c.decisionBy(), partnerNames,
                accessPlans.of(c.id()).orElse(null), response);
    }

    private static PublicConsultation map(ResultSet rs, PublicConsultationPage.Phase phase) throws SQLException {
        LocalDate closes = phase == PublicConsultationPage.Phase.CLOSED
                ? date(rs.getTimestamp("window_closed_at"), rs.getTimestamp("completed_at"))
                : date(rs.getTimestamp("window_closes_at"), null);
        return new PublicConsultation(rs.getString("ref"), rs.getString("title"), rs.getString("summary"),
                phase.name(), date(rs.getTimestamp("window_opened_at"), null), closes);
    }

    private static LocalDate date(Timestamp first, Timestamp fallback) {
        Timestamp value = first != null ? first : fallback;
        return value == null ? null : LocalDate.ofInstant(value.toInstant(), CouncilTime.zone());
    }
}
