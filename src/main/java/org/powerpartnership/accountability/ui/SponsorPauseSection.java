package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.security.access.AccessDeniedException;

/**
 * On the sponsor's desk: the lead officers' requests to pause or withdraw a consultation, each with its reason, to
 * approve or refuse with a note; and the consultations paused now, which the sponsor may resume. Redraws itself
 * after each step and says what happened.
 */
class SponsorPauseSection extends Section {

    private final transient ConsultationPauses pauses;
    private final SignedInUser sponsor;

    SponsorPauseSection(ConsultationPauses pauses, SignedInUser sponsor) {
        this.pauses = pauses;
        this.sponsor = sponsor;
        setId("sponsor-pauses");
        show(null);
    }

    private void show(String statusText) {
        removeAll();
        add(new H2(getTranslation("pause.sponsor.heading")));
        if (statusText != null) {
            Paragraph status = new Paragraph(statusText);
            status.setId("sponsor-pause-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
        }
        List<ConsultationPauses.Case> waiting = pauses.waitingFor(sponsor);
        List<ConsultationPauses.Case> paused = pauses.pausedFor(sponsor);
        if (waiting.isEmpty() && paused.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pause.sponsor.none"));
            none.setId("sponsor-pauses-none");
            add(none);
        }
        waiting.forEach(request -> add(decision(request)));
        paused.forEach(pause -> add(running(pause)));
    }

    private Article decision(ConsultationPauses.Case asked) {
        PauseRequest request = asked.request();
        String id = "pause-request-" + request.id();
        Article card = new Article(new H3(getTranslation("pause.sponsor.asked." + request.kind(),
                asked.consultationTitle())));
        card.setId(id);
        card.addClassName("pp-card");
        Paragraph why = new Paragraph(getTranslation("pause.sponsor.reason", Texts.date(this, request.requestedAt()),
                request.reason()));
        why.setId(id + "-reason");
        TextArea note = new TextArea(getTranslation("pause.sponsor.note"));
        note.setId(id + "-note");
        note.setMaxLength(ConsultationPauses.REASON_MAX);
        note.addClassName("pp-form-wide");
        Paragraph problem = new Paragraph();
        problem.addClassName("pp-problem");
        problem.setVisible(false);
        Button approve = new Button(getTranslation("pause.sponsor.approve." + request.kind()));
        approve.setId(id + "-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> decide(request, true, note, problem, approve));
        Button refuse = new Button(getTranslation("pause.sponsor.refuse"));
        refuse.setId(id + "-refuse");
        refuse.setDisableOnClick(true);
        refuse.addClickListener(click -> decide(request, false, note, problem, refuse));
        Div actions = new Div(approve, refuse);
        actions.addClassName("pp-actions");
        card.add(why, note, problem, actions);
        return card;
    }

    private void decide(PauseRequest request, boolean approve, TextArea note, Paragraph problem, Button button) {
        try {
            PauseRequest decided = pauses.decide(sponsor, request.id(), approve, note.getValue());
            show(getTranslation("pause.sponsor.done." + decided.decision() + "." + request.kind()));
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(), Map.of("note", note));
            if (!unplaced.isEmpty()) {
                problem.setText(FieldProblems.message(this, unplaced.get(0)));
                problem.setVisible(true);
            }
            button.setEnabled(true);
        } catch (AccessDeniedException refused) {
            problem.setText(getTranslation("pause.refusedToYou"));
            problem.setVisible(true);
        }
    }

    private Article running(ConsultationPauses.Case pause) {
        PauseRequest request = pause.request();
        String id = "paused-" + request.consultationId();
        Article card = new Article(new H3(pause.consultationTitle()));
        card.setId(id);
        card.addClassName("pp-card");
        Paragraph since = new Paragraph(getTranslation("public.paused", Texts.date(this, request.decidedAt()),
                request.reason()));
        since.setId(id + "-since");
        Button resume = new Button(getTranslation("pause.resume"));
        resume.setId(id + "-resume");
        resume.setDisableOnClick(true);
        resume.addClickListener(click -> {
            pauses.resume(sponsor, request.consultationId());
            show(getTranslation("pause.sponsor.resumed", pause.consultationTitle()));
        });
        card.add(since, resume);
        return card;
    }
}
