package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.WindowExtension;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.security.access.AccessDeniedException;

/**
 * Beside the window's dates on the overview: the extensions so far with their reasons, and for the lead officer,
 * while the window is open, "Extend the window" (a later closing date and the reason the public will read). A
 * refusal shows beside the field it is about and keeps what was typed.
 */
class WindowExtensionPanel extends Div {

    final Button open = new Button();
    final DatePicker newClosingDate = new DatePicker();
    final TextArea reason = new TextArea();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();

    private final transient WindowExtensions extensions;
    private final SignedInUser user;
    private final long consultationId;
    private final transient Runnable extended;
    private final Div form = new Div();

    WindowExtensionPanel(WindowExtensions extensions, SignedInUser user, Consultation c, Runnable extended) {
        this.extensions = extensions;
        this.user = user;
        this.consultationId = c.id();
        this.extended = extended;
        setId("overview-window-extension");
        List<WindowExtension> done = extensions.of(c.id());
        if (!done.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("overview-window-extensions");
            done.forEach(e -> list.add(new ListItem(getTranslation("public.windowExtended",
                    Texts.date(this, e.oldClosesAt()), Texts.date(this, e.newClosesAt()), e.reason()))));
            add(list);
        }
        if (extensions.mayExtend(user, c.id())) {
            add(open, form);
            buildForm(c);
        }
    }

    private void buildForm(Consultation c) {
        open.setText(getTranslation("window.extend.open"));
        open.setId("window-extend");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClickListener(click -> {
            form.setVisible(true);
            open.setVisible(false);
            newClosingDate.focus();
        });
        newClosingDate.setLabel(getTranslation("window.extend.date"));
        newClosingDate.setId("window-extend-date");
        newClosingDate.setHelperText(getTranslation("window.extend.dateHelp", Texts.date(this, c.windowClosesAt())));
        newClosingDate.setMin(LocalDate.ofInstant(c.windowClosesAt(), CouncilTime.zone()).plusDays(1));
        reason.setLabel(getTranslation("window.extend.reason"));
        reason.setId("window-extend-reason");
        reason.setHelperText(getTranslation("window.extend.reasonHelp"));
        reason.setMaxLength(WindowExtensions.REASON_MAX);
        reason.setWidthFull();
        save.setText(getTranslation("window.extend.save"));
        save.setId("window-extend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("window.extend.cancel"), click -> {
            form.setVisible(false);
            open.setVisible(true);
        });
        cancel.setId("window-extend-cancel");
        problem.setId("window-extend-problem");
        problem.addClassName("pp-problem");
        problem.setVisible(false);
        Div actions = new Div(save, cancel);
        actions.addClassName("pp-actions");
        form.setId("window-extend-form");
        form.add(newClosingDate, reason, problem, actions);
        form.setVisible(false);
    }

    void save() {
        problem.setVisible(false);
        try {
            extensions.extend(user, consultationId, newClosingDate.getValue(), reason.getValue());
            extended.run();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(),
                    Map.of("newClosingDate", newClosingDate, "reason", reason));
            if (!unplaced.isEmpty()) {
                problem.setText(FieldProblems.message(this, unplaced.get(0)));
                problem.setVisible(true);
            }
        } catch (AccessDeniedException refused) {
            problem.setText(getTranslation("window.extend.refused"));
            problem.setVisible(true);
        }
    }
}
