package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named people at an organisation the council may get in touch with. A contact is kept only with their consent:
 * the exact words they agreed to and when are stored with them, and an officer removes them when asked.
 */
@Service
public class OrganisationContacts {

    /** A contact as the directory shows it. */
    public record Contact(long id, long organisationId, String name, String jobTitle, String email, String phone,
                          String consentWording, Instant consentedAt) {
    }

    /**
     * A contact to add.
     *
     * @param consentGiven   the person agreed to be kept as a contact
     * @param consentWording the words they were shown and agreed to, exactly
     */
    public record NewContact(String name, String jobTitle, String email, String phone, boolean consentGiven,
                             String consentWording) {
    }

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationContacts(JdbcClient jdbc, OrganisationDirectory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long add(SignedInUser keeper, long organisationId, NewContact contact) {
        OrganisationDirectory.requireKeeper(keeper);
        directory.existing(organisationId);
        List<FieldProblem> problems = new ArrayList<>();
        String name = contact.name() == null ? "" : contact.name().strip();
        if (!OneLineText.isOneLine(name)) {
            problems.add(FieldProblem.of("contactName", OneLineText.MESSAGE_KEY));
        } else if (name.isEmpty()) {
            problems.add(FieldProblem.of("contactName", "directory.contact.nameMissing"));
        } else if (name.length() > 200) {
            problems.add(FieldProblem.of("contactName", "directory.tooLong", 200));
        }
        OneLineText.problem("contactJobTitle", contact.jobTitle()).ifPresent(problems::add);
        if (contact.jobTitle() != null && contact.jobTitle().strip().length() > 200) {
            problems.add(FieldProblem.of("contactJobTitle", "directory.tooLong", 200));
        }
        boolean hasEmail = contact.email() != null && !contact.email().isBlank();
        boolean hasPhone = contact.phone() != null && !contact.phone().isBlank();
        if (!hasEmail && !hasPhone) {
            problems.add(FieldProblem.of("contactEmail", "directory.contact.howToReach"));
        }
        if (hasEmail && !DirectoryDetailsCheck.EMAIL.matcher(contact.email().strip()).matches()) {
            problems.add(FieldProblem.of("contactEmail", "directory.emailInvalid"));
        }
        if (hasPhone && !DirectoryDetailsCheck.PHONE.matcher(contact.phone().strip()).matches()) {
            problems.add(FieldProblem.of("contactPhone", "directory.phoneInvalid"));
        }
        if (!contact.consentGiven() || contact.consentWording() == null || contact.consentWording().isBlank()) {
            problems.add(FieldProblem.of("contactConsent", "directory.contact.consentMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into organisation_contact (organisation_id, name, job_title, email, phone, consent_wording, "
                        + "consented_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, name, blankToNull(contact.jobTitle()), blankToNull(contact.email()),
                        blankToNull(contact.phone()), contact.consentWording(), Timestamp.from(clock.instant()),
                        keeper.userId())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(keeper.userId(), null, "organisation.contactAdded", OrganisationDirectory.subject(organisationId),
                Map.of("contact", id));
        return id;
    }

    /** Removes a contact (they asked, or left the organisation); removing one already gone changes nothing. */
    @Transactional
    public void remove(SignedInUser keeper, long contactId) {
        OrganisationDirectory.requireKeeper(keeper);
        List<Long> organisation = jdbc.sql("select organisation_id from organisation_contact where id = ?")
                .param(contactId).query(Long.class).list();
        if (organisation.isEmpty()) {
            return;
        }
        jdbc.sql("delete from organisation_contact where id = ?").param(contactId).update();
        audit.record(keeper.userId(), null, "organisation.contactRemoved",
                OrganisationDirectory.subject(organisation.get(0)), Map.of("contact", contactId));
    }

    @Transactional(readOnly = true)
    public List<Contact> of(SignedInUser reader, long organisationId) {
        OrganisationDirectory.requireKeeper(reader);
        return jdbc.sql("select id, organisation_id, name, job_title, email, phone, consent_wording, consented_at "
                        + "from organisation_contact where organisation_id = ? order by name, id")
                .param(organisationId)
                .query((rs, row) -> new Contact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
