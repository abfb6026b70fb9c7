package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.context.annotation.Scope;

/**
 * A panel member steps down from a consultation's panel, with a reason on the public record. Their unfinished vote
 * goes; the sponsor appoints a replacement.
 */
@SpringComponent
@Scope("prototype")
class StepDownSection extends Div {

    private final PanelRoster roster;
    private final SignedInUser member;

    StepDownSection(PanelRoster roster, CurrentUser currentUser) {
        this.roster = roster;
        this.member = currentUser.require();
    }

    StepDownSection refreshed() {
        show(false);
        return this;
    }

    private void show(boolean steppedDown) {
        removeAll();
        Section section = Texts.section(this, "step-down", "stepDown.heading");
        if (steppedDown) {
            Paragraph status = new Paragraph(getTranslation("stepDown.done"));
            status.setId("step-down-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            section.add(status);
        }
        List<Consultation> panels = roster.panelsOf(member);
        section.add(new Paragraph(getTranslation(panels.isEmpty() ? "stepDown.none" : "stepDown.intro")));
        panels.forEach(consultation -> section.add(card(consultation)));
        add(section);
    }

    private Article card(Consultation consultation) {
        String id = "step-down-" + consultation.id();
        Article card = new Article(new H3(consultation.title()));
        card.setId(id);
        card.addClassName("pp-card");
        TextArea reason = new TextArea(getTranslation("stepDown.reason"));
        reason.setId(id + "-reason");
        reason.setHelperText(getTranslation("stepDown.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        Button submit = new Button(getTranslation("stepDown.submit"));
        submit.setId(id + "-submit");
        submit.addClickListener(click -> {
            try {
                roster.stepDown(member, consultation.id(), reason.getValue());
                show(true);
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), Map.of("reason", reason));
            }
        });
        card.add(reason, submit);
        return card;
    }
}
