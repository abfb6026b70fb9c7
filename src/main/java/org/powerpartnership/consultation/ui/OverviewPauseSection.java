package org.powerpartnership.consultation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Pause or withdraw" on the overview: whether the consultation is paused or withdrawn and why, a request waiting for
 * the sponsor or the sponsor's last refusal, and for the lead officer the request itself (pause or withdraw, and the
 * reason the public will read). While paused, the lead may resume it. Shown only when there is something to show.
 */
class OverviewPauseSection extends OverviewSection {

    final RadioButtonGroup<PauseKind> kind = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button ask = new Button();
    final Button resume = new Button();
    final Paragraph problem = new Paragraph();

    private final transient ConsultationPauses pauses;
    private final SignedInUser user;
    private final long consultationId;
    private final transient Runnable changed;

    OverviewPauseSection(ConsultationPauses pauses, SignedInUser user, Consultation c, Runnable changed) {
        super("overview-pause", "pause.heading");
        this.pauses = pauses;
        this.user = user;
        this.consultationId = c.id();
        this.changed = changed;
        pauses.publicNotice(c.id()).ifPresent(notice -> add(line("overview-pause-state",
                getTranslation(notice.kind() == PauseKind.PAUSE ? "public.paused" : "public.withdrawn",
                        Texts.date(this, notice.since()), notice.reason()))));
        List<PauseRequest> requests = pauses.of(c.id());
        PauseRequest last = requests.isEmpty() ? null : requests.get(requests.size() - 1);
        if (last != null && last.isOpen()) {
            add(line("overview-pause-waiting", getTranslation("pause.waiting." + last.kind(),
                    Texts.date(this, last.requestedAt()), last.reason())));
        } else if (last != null && PauseRequest.REFUSED.equals(last.decision())) {
            add(line("overview-pause-refused", getTranslation("pause.refused." + last.kind(),
                    Texts.date(this, last.decidedAt()), last.decisionNote() == null ? "" : last.decisionNote())));
        }
        if (pauses.mayResume(user, c.id())) {
            resume.setText(getTranslation("pause.resume"));
            resume.setId("pause-resume");
            resume.setDisableOnClick(true);
            resume.addClickListener(click -> resume());
            add(resume);
        }
        if (pauses.mayRequest(user, c.id())) {
            buildForm(c);
        }
        problem.setId("pause-problem");
        problem.addClassName("pp-problem");
        problem.setVisible(false);
        add(problem);
        setVisible(getChildren().count() > 2); // the heading and the hidden problem alone say nothing
    }

    private Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }

    private void buildForm(Consultation c) {
        kind.setLabel(getTranslation("pause.kind"));
        kind.setId("pause-kind");
        kind.setItems(Consultation.PAUSED.equals(c.status()) ? List.of(PauseKind.WITHDRAW)
                : List.of(PauseKind.PAUSE, PauseKind.WITHDRAW));
        kind.setItemLabelGenerator(k -> getTranslation("pause.kind." + k));
        reason.setLabel(getTranslation("pause.reason"));
        reason.setId("pause-reason");
        reason.setHelperText(getTranslation("pause.reasonHelp"));
        reason.setMaxLength(ConsultationPauses.REASON_MAX);
        reason.setWidthFull();
        ask.setText(getTranslation("pause.ask"));
        ask.setId("pause-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> ask());
        Div form = new Div(kind, reason, ask);
        form.setId("pause-form");
        add(form);
    }

    void ask() {
        problem.setVisible(false);
        try {
            pauses.request(user, consultationId, kind.getValue(), reason.getValue());
            changed.run();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(), Map.of("reason", reason));
            if (!unplaced.isEmpty()) {
                problem.setText(FieldProblems.message(this, unplaced.get(0)));
                problem.setVisible(true);
            }
        } catch (AccessDeniedException refused) {
            problem.setText(getTranslation("pause.refusedToYou"));
            problem.setVisible(true);
        }
    }

    void resume() {
        try {
            pauses.resume(user, consultationId);
            changed.run();
        } catch (AccessDeniedException refused) {
            problem.setText(getTranslation("pause.refusedToYou"));
            problem.setVisible(true);
        }
    }
}
