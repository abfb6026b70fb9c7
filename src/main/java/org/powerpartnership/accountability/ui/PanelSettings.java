package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.powerpartnership.accountability.GateVoters;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.context.annotation.Scope;

/**
 * The sponsor page's panels: confirm the panel proposed at launch, keep a reserve list (people picked a page at a
 * time as the sponsor types), and appoint substitutes from it with a reason on the public record.
 */
@SpringComponent
@Scope("prototype")
class PanelSettings extends Div {

    private final PanelRoster roster;
    private final GateVoters gateVoters;
    private final AccountService accounts;
    private final SignedInUser sponsor;

    PanelSettings(PanelRoster roster, GateVoters gateVoters, AccountService accounts, CurrentUser currentUser) {
        this.roster = roster;
        this.gateVoters = gateVoters;
        this.accounts = accounts;
        this.sponsor = currentUser.require();
    }

    /** Shows the panels afresh (the sponsor page redraws itself after each answer). */
    PanelSettings refreshed() {
        show(null, null);
        return this;
    }

    private void show(Long changedConsultation, String statusKey) {
        removeAll();
        Section section = Texts.section(this, "panel-settings", "panelSettings.heading");
        section.add(new Paragraph(getTranslation("panelSettings.intro")));
        List<Consultation> consultations = roster.lookedAfterBy(sponsor);
        if (consultations.isEmpty()) {
            section.add(new Paragraph(getTranslation("panelSettings.none")));
        }
        for (Consultation consultation : consultations) {
            section.add(card(consultation,
                    consultation.id() == (changedConsultation == null ? -1 : changedConsultation) ? statusKey : null));
        }
        add(section);
    }

    private Article card(Consultation consultation, String statusKey) {
        String id = "panel-" + consultation.id();
        Article card = new Article(new H3(consultation.title()));
        card.setId(id);
        card.addClassName("pp-card");
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId(id + "-done");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            card.add(status);
        }
        boolean confirmed = roster.isConfirmed(consultation.id());
        Paragraph state = new Paragraph(Texts.badge(this, confirmed ? "panelSettings.confirmed"
                : "panelSettings.proposed", confirmed ? "good" : "warn"));
        state.setId(id + "-state");
        card.add(state);
        gateVoters.settleTask(consultation.id()).ifPresent(taskId -> {
            Anchor settle = new Anchor("work/" + taskId, getTranslation("panelSettings.settle"));
            settle.setId(id + "-settle");
            settle.addClassName("pp-link");
            card.add(new Paragraph(Texts.badge(this, "panelSettings.waiting", "bad")), settle);
        });
        card.add(names("panelSettings.members", roster.panel(consultation.id()), id + "-members"));
        if (!confirmed) {
            Button confirm = new Button(getTranslation("panelSettings.confirm"));
            confirm.setId(id + "-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setDisableOnClick(true);
            confirm.addClickListener(click -> {
                roster.confirm(sponsor, consultation.id());
                show(consultation.id(), "panelSettings.confirmed.done");
            });
            card.add(confirm);
        }
        card.add(reserve(consultation, id), appoint(consultation, id));
        return card;
    }

    private Component names(String headingKey, List<String> userIds, String id) {
        Div box = new Div(new H4(getTranslation(headingKey)));
        UnorderedList list = new UnorderedList();
        list.setId(id);
        userIds.forEach(userId -> list.add(new ListItem(nameOf(userId))));
        if (userIds.isEmpty()) {
            list.add(new ListItem(getTranslation("panelSettings.nobody")));
        }
        box.add(list);
        return box;
    }

    private Component reserve(Consultation consultation, String id) {
        Div box = new Div(names("panelSettings.reserve", roster.reserve(consultation.id()), id + "-reserve"));
        ComboBox<SignedInUser> person = new ComboBox<>(getTranslation("panelSettings.reserve.person"));
        person.setId(id + "-reserve-person");
        person.setHelperText(getTranslation("panelSettings.reserve.help"));
        person.setItemLabelGenerator(candidate -> candidate.displayName() + " (" + candidate.email() + ")");
        // lazy: the panel role may have hundreds of holders; only a page of those matching what is typed is loaded
        person.setItems(query -> roster.reserveCandidates(consultation.id(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        Button add = new Button(getTranslation("panelSettings.reserve.add"));
        add.setId(id + "-reserve-add");
        add.addClickListener(click -> {
            try {
                roster.addToReserve(sponsor, consultation.id(),
                        person.getValue() == null ? null : person.getValue().userId());
                show(consultation.id(), "panelSettings.reserve.added");
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), Map.of("person", person));
            }
        });
        box.add(person, add);
        return box;
    }

    private Component appoint(Consultation consultation, String id) {
        Div box = new Div(new H4(getTranslation("panelSettings.appoint.heading")));
        ComboBox<String> substitute = new ComboBox<>(getTranslation("panelSettings.appoint.substitute"));
        substitute.setId(id + "-substitute");
        substitute.setItems(roster.reserve(consultation.id()));
        substitute.setItemLabelGenerator(this::nameOf);
        TextArea reason = new TextArea(getTranslation("panelSettings.appoint.reason"));
        reason.setId(id + "-reason");
        reason.setHelperText(getTranslation("panelSettings.appoint.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        Button appoint = new Button(getTranslation("panelSettings.appoint.submit"));
        appoint.setId(id + "-appoint");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        appoint.addClickListener(click -> {
            try {
                roster.appointSubstitute(sponsor, consultation.id(), substitute.getValue(), reason.getValue());
                show(consultation.id(), "panelSettings.appoint.done");
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), Map.of("substitute", substitute, "reason", reason));
            }
        });
        box.add(substitute, reason, appoint);
        return box;
    }

    private String nameOf(String userId) {
        try {
            return accounts.signedInUser(userId).displayName();
        } catch (IllegalArgumentException erased) {
            return getTranslation("record.anonymousMember");
        }
    }
}
