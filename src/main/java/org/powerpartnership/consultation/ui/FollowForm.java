package org.powerpartnership.consultation.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;

import org.powerpartnership.shared.ConsultationFollowing;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * "Follow this consultation" on its public page: an address, and a confirmation link mailed to it. The answer is
 * the same whether or not the address already follows, so nobody learns who follows what; a refused address stays
 * in the field with the reason beside it.
 */
class FollowForm extends Section {

    final EmailField email = new EmailField();
    final Button follow = new Button();
    final Paragraph answer = new Paragraph();

    FollowForm(ConsultationFollowing following, long consultationId) {
        setId("consultation-follow");
        email.setId("follow-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        // our message, in the page's language, rather than the browser's own check
        email.setManualValidation(true);
        email.setLabel(getTranslation("follow.email"));
        follow.setText(getTranslation("follow.submit"));
        follow.setId("follow-submit");
        answer.setId("follow-answer");
        answer.getElement().setAttribute("role", "status");
        follow.addClickShortcut(Key.ENTER).listenOn(email);
        follow.addClickListener(click -> {
            try {
                following.requestToFollow(consultationId, email.getValue(), getLocale());
                FieldProblems.show(this, java.util.List.of(), Map.of(ConsultationFollowing.EMAIL_FIELD, email));
                answer.setText(getTranslation("follow.sent", email.getValue().strip()));
            } catch (InvalidInputException refused) {
                answer.setText("");
                FieldProblems.show(this, refused.problems(), Map.of(ConsultationFollowing.EMAIL_FIELD, email));
            }
        });
        add(new H2(getTranslation("follow.heading")), new Paragraph(getTranslation("follow.intro")), email, follow,
                answer);
    }
}
