package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.accountability.ReturnReason;
import org.powerpartnership.accountability.ReturnToAnswer;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * The panel's reasons for returning a stage, each with the team's answer, at the top of the screen where the team
 * redoes the stage. Each answer is saved on its own ("Save answer"); the stage goes back to the panel only when every
 * reason has one. Renders nothing when no return of the stage is open.
 */
public class ReturnedStagePanel extends Section {

    private final transient SignOffService signOff;
    private final transient SignedInUser officer;
    private final long consultationId;
    private final StageKey stage;
    private final Paragraph status = new Paragraph();

    public ReturnedStagePanel(SignOffService signOff, SignedInUser officer, long consultationId, StageKey stage) {
        this.signOff = signOff;
        this.officer = officer;
        this.consultationId = consultationId;
        this.stage = stage;
        setId("returned-stage");
        addClassName("pp-returned-stage");
        Optional<ReturnToAnswer> open = signOff.returnToAnswer(consultationId, stage);
        setVisible(open.isPresent());
        open.ifPresent(this::show);
    }

    /** Whether a return of the stage is open (the panel shows itself only then). */
    public boolean isOpen() {
        return isVisible();
    }

    private void show(ReturnToAnswer open) {
        add(new H2(getTranslation("rework.heading", open.round())));
        add(new Paragraph(getTranslation("rework.intro")));
        status.setId("returned-stage-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        OrderedList reasons = new OrderedList();
        List<ReturnReason> all = open.reasons();
        for (int i = 0; i < all.size(); i++) {
            reasons.add(reason(open, all.get(i), i + 1));
        }
        add(reasons);
        showStatus(open);
    }

    private ListItem reason(ReturnToAnswer open, ReturnReason reason, int number) {
        Paragraph said = new Paragraph(getTranslation(reason.fromSponsor() ? "rework.reason.sponsor"
                : "rework.reason.panel", number));
        Paragraph text = new Paragraph(reason.reason());
        text.addClassName("pp-quote");
        TextArea answer = new TextArea(getTranslation("rework.answer.label", number));
        answer.setId("returned-answer-" + number);
        answer.setWidthFull();
        answer.setMaxLength(4000);
        answer.setHelperText(getTranslation("rework.answer.help"));
        if (reason.answer() != null) {
            answer.setValue(reason.answer());
        }
        Button save = new Button(getTranslation("rework.answer.save"));
        save.setId("returned-save-" + number);
        save.addClickListener(click -> save(open, reason, answer));
        return new ListItem(said, text, answer, save);
    }

    private void save(ReturnToAnswer open, ReturnReason reason, TextArea answer) {
        try {
            signOff.answerReason(officer, open.gateId(), reason.id(), answer.getValue());
            FieldProblems.show(this, List.of(), Map.of("answer", answer));
            signOff.returnToAnswer(consultationId, stage).ifPresent(this::showStatus);
        } catch (InvalidInputException invalid) {
            List<org.powerpartnership.shared.FieldProblem> unplaced =
                    FieldProblems.show(this, invalid.problems(), Map.of("answer", answer));
            unplaced.forEach(problem -> status.setText(FieldProblems.message(this, problem)));
        }
    }

    private void showStatus(ReturnToAnswer open) {
        status.setText(open.everyReasonAnswered() ? getTranslation("rework.status.allAnswered")
                : getTranslation("rework.status.unanswered", open.unanswered(), open.reasons().size()));
    }
}
