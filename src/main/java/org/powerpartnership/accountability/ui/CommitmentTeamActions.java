package org.powerpartnership.accountability.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * What the team may do with a published, open commitment at any time: report its delivery (early or on time; the
 * panel then checks it) or withdraw it with reasons (published). Problems show beside the field; nothing typed is
 * lost.
 */
class CommitmentTeamActions extends Div {

    CommitmentTeamActions(Commitment commitment, String idPrefix, SignedInUser officer, CommitmentService commitments,
                          CommitmentLifecycle lifecycle, Consumer<String> done) {
        addClassName("pp-team-actions");
        if (!Commitment.DELIVERY_REPORTED.equals(commitment.status())) {
            add(form(idPrefix + "-deliver", "commitments.deliver", 4000,
                    text -> commitments.reportProgress(officer, commitment.id(), text, true), done, true));
        }
        add(form(idPrefix + "-withdraw", "commitments.withdraw", 4000,
                text -> lifecycle.withdraw(officer, commitment.id(), text), done, false));
    }

    private Div form(String id, String keys, int max, Consumer<String> action, Consumer<String> done,
                         boolean primary) {
        TextArea text = new TextArea(getTranslation(keys + ".label"));
        text.setId(id + "-text");
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(max);
        text.addClassName("pp-form-wide");
        Button submit = new Button(getTranslation(keys + ".submit"));
        submit.setId(id + "-submit");
        if (primary) {
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            submit.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                action.accept(text.getValue());
                done.accept(keys + ".done");
            } catch (InvalidInputException invalid) {
                // progress (delivery) and reasons (withdrawal) are the only fields here
                FieldProblems.show(this, invalid.problems(), Map.of("progress", text, "reasons", text));
                submit.setEnabled(true);
            }
        });
        H4 heading = new H4(getTranslation(keys + ".heading"));
        heading.setId(id + "-heading");
        // the button goes under the box, not beside it, like every other form's
        Div box = new Div(heading, new Paragraph(getTranslation(keys + ".intro")), text, new Div(submit));
        box.setId(id);
        box.addClassName("pp-task");
        return box;
    }
}
