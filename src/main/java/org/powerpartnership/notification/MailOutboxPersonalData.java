package org.powerpartnership.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.stereotype.Component;

/** Mails to a person still waiting to be sent: in their download, and deleted (never sent) when they are erased. */
@Component
class MailOutboxPersonalData implements PersonalDataHolder {

    private final MailOutbox outbox;

    MailOutboxPersonalData(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "mailsWaitingToBeSent";
    }

    @Override
    public Object export(String userId) {
        return outbox.waitingFor(userId).stream().map(waiting -> {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("to", waiting.mail().to());
            mail.put("subject", waiting.mail().subject());
            mail.put("text", waiting.mail().body());
            mail.put("attemptsSoFar", waiting.attempts());
            return mail;
        }).toList();
    }

    @Override
    public void erase(String userId) {
        outbox.eraseFor(userId);
    }
}
