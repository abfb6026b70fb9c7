package org.powerpartnership.notification;

import java.util.Locale;
import java.util.Optional;

import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.participation.HearBack;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells everyone who took part and asked to hear back that the council's response is published: one mail each, in
 * the language they chose, with the consultation's title and a link to its public page. Each person is marked told
 * before their mail is posted, so a second publication (or a second listener) tells nobody twice; an address given on
 * paper or to a partner is deleted as they are marked.
 */
@Component
class HearBackNotifications {

    static final String PUBLIC_PATH = "/have-your-say/";

    private final Postbox postbox;
    private final HearBack hearBack;
    private final ConsultationService consultations;
    private final AccountService accounts;
    private final MailTexts texts;

    HearBackNotifications(Postbox postbox, HearBack hearBack, ConsultationService consultations,
                          AccountService accounts, MailTexts texts) {
        this.postbox = postbox;
        this.hearBack = hearBack;
        this.consultations = consultations;
        this.accounts = accounts;
        this.texts = texts;
    }

    @TransactionalEventListener
    void responsePublished(CouncilResponsePublished event) {
        postbox.compose(() -> tellEveryone(event.consultationId()));
    }

    private void tellEveryone(long consultationId) {
        Consultation consultation = consultations.get(consultationId);
        String link = texts.link(PUBLIC_PATH + consultation.ref());
        for (HearBack.Waiting person : hearBack.waitingFor(consultationId)) {
            Optional<String> address = addressOf(person);
            if (!hearBack.markTold(person.id())) {
                continue;
            }
            Locale language = Locale.forLanguageTag(person.language());
            address.ifPresent(to -> postbox.post(new Mail(recipientId(person), to,
                    text(language, "mail.hearBack.subject", consultation.title()),
                    text(language, "mail.hearBack.body", consultation.title(), link))));
        }
    }

    /** A resident's account's address as it is now, or the address given on their behalf. */
    private Optional<String> addressOf(HearBack.Waiting person) {
        if (person.userId() != null) {
            return accounts.person(person.userId()).map(Person::email).filter(address -> !address.isBlank());
        }
        return Optional.ofNullable(person.email()).filter(address -> !address.isBlank());
    }

    /** Whom a mail waiting to be tried again belongs to: the account, or the request for someone without one. */
    private static String recipientId(HearBack.Waiting person) {
        return person.userId() != null ? person.userId() : "hear-back:" + person.id();
    }

    private String text(Locale language, String key, Object... args) {
        return texts.text(language, key, args);
    }
}
