package org.powerpartnership.notification;

import org.powerpartnership.shared.CouncilTime;
import java.time.Clock;
import java.util.Locale;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.OrganisationAdministration;
import org.powerpartnership.network.OrganisationApplicationDecided;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationInvitationSent;
import org.powerpartnership.network.OrganisationJoinRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails about joining, after the change is committed: the applicant hears whether their organisation (or their
 * request to join one) was approved, with the reviewer's notes; an organisation's admins hear of a request to join;
 * an invited colleague gets the link that lets them join. The link's token is in the mail only; the directory keeps its hash.
 */
@Component
class OrganisationNotifications {

    static final String MY_ORGANISATIONS_PATH = "/my-organisations";
    static final String JOIN_PATH = "/join-organisation/";
    static final String OUR_ORGANISATION_PATH = "/our-organisation?organisation=";

    private final Postbox postbox;
    private final OrganisationApplications applications;
    private final NetworkService network;
    private final AccountService accounts;
    private final Clock clock;
    private final MailTexts texts;

    OrganisationNotifications(Postbox postbox, OrganisationApplications applications, NetworkService network,
                              AccountService accounts, Clock clock, MailTexts texts) {
        this.postbox = postbox;
        this.applications = applications;
        this.network = network;
        this.accounts = accounts;
        this.clock = clock;
        this.texts = texts;
    }

    @TransactionalEventListener
    void applicationDecided(OrganisationApplicationDecided event) {
        postbox.compose(() -> tellApplicant(event));
    }

    private void tellApplicant(OrganisationApplicationDecided event) {
        Application application = applications.application(event.applicationId());
        accounts.person(event.applicant()).filter(person -> !person.email().isBlank()).ifPresent(person -> {
            String outcome = event.approved() ? "approved" : "declined";
            String notes = application.notes() == null ? "" : text("mail.joining.notes", application.notes());
            postbox.post(new Mail(person.userId(), person.email(),
                    text("mail.joining." + application.kind() + "." + outcome + ".subject",
                            application.organisationName()),
                    text("mail.joining." + application.kind() + "." + outcome + ".body", person.displayName(),
                            application.organisationName(), notes, texts.link(MY_ORGANISATIONS_PATH))));
        });
    }

    @TransactionalEventListener
    void joinRequested(OrganisationJoinRequested event) {
        postbox.compose(() -> {
            Application request = applications.application(event.applicationId());
            String who = accounts.person(request.applicant()).map(Person::displayName).orElse("");
            for (String admin : applications.adminsOf(event.organisationId())) {
                accounts.person(admin).filter(person -> !person.email().isBlank()).ifPresent(person ->
                        postbox.post(new Mail(admin, person.email(),
                                text("mail.joining.requested.subject", who, request.organisationName()),
                                text("mail.joining.requested.body", person.displayName(), who,
                                        request.organisationName(),
                                        texts.link(OUR_ORGANISATION_PATH + event.organisationId())))));
            }
        });
    }

    @TransactionalEventListener
    void invitationSent(OrganisationInvitationSent event) {
        postbox.compose(() -> {
            String organisation = network.organisation(event.organisationId()).name();
            String inviter = accounts.person(event.invitedBy()).map(Person::displayName).orElse("");
            String until = CouncilTime.date(clock.instant().plus(OrganisationAdministration.INVITATION_LIFETIME),
                    Locale.UK);
            postbox.post(new Mail("organisation-invitation:" + event.invitationId(), event.email(),
                    text("mail.joining.invitation.subject", inviter, organisation),
                    text("mail.joining.invitation.body", inviter, organisation,
                            texts.link(JOIN_PATH + event.token()), until)));
        });
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
