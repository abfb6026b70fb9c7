package org.powerpartnership.accountability.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * The response's commitments on the editor: each with what, owner, due date, how we will know and the themes it
 * answers, with edit and remove while the response is a draft; and one form that adds a commitment or changes the one
 * being edited. A refusal shows beside each field and keeps what was typed.
 */
class CommitmentEditor extends Composite<Section> {

    final TextArea description = new TextArea();
    final TextField owner = new TextField();
    final DatePicker dueOn = new DatePicker();
    final TextArea measure = new TextArea();
    final CheckboxGroup<Long> themes = new CheckboxGroup<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();
    private final transient CommitmentPlanning planning;
    private final transient SignedInUser officer;
    private final long consultationId;
    private final Map<Long, String> themeTitles;
    private final boolean editable;
    private List<Commitment> commitments;
    private Long editing;

    CommitmentEditor(CommitmentPlanning planning, SignedInUser officer, long consultationId,
                     List<Commitment> commitments, Map<Long, String> themeTitles, boolean editable, Clock clock) {
        this.planning = planning;
        this.officer = officer;
        this.consultationId = consultationId;
        this.commitments = new ArrayList<>(commitments);
        this.themeTitles = themeTitles;
        this.editable = editable;
        Section section = getContent();
        section.setId("response-commitments");
        H2 heading = new H2(getTranslation("response.commitments.heading"));
        heading.setId("response-commitments-heading");
        section.add(heading);
        section.getElement().setAttribute("aria-labelledby", "response-commitments-heading");
        section.add(new Paragraph(getTranslation("response.commitments.intro")));
        list.setId("response-commitment-list");
        status.setId("commitment-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        section.add(list, status);
        if (editable) {
            section.add(form(clock));
        }
        drawList();
    }

    List<Commitment> commitments() {
        return List.copyOf(commitments);
    }

    private Div form(Clock clock) {
        description.setId("commitment-description");
        description.setLabel(getTranslation("response.commitment.description"));
        description.setMaxLength(1000);
        description.setWidthFull();
        owner.setId("commitment-owner");
        owner.setLabel(getTranslation("response.commitment.owner"));
        owner.setHelperText(getTranslation("response.commitment.owner.help"));
        owner.setMaxLength(200);
        dueOn.setId("commitment-due");
        dueOn.setLabel(getTranslation("response.commitment.due"));
        dueOn.setMin(LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(1));
        dueOn.setLocale(Texts.locale(this));
        measure.setId("commitment-measure");
        measure.setLabel(getTranslation("response.commitment.measure"));
        measure.setHelperText(getTranslation("response.commitment.measure.help"));
        measure.setMaxLength(1000);
        measure.setWidthFull();
        themes.setId("commitment-themes");
        themes.setLabel(getTranslation("response.commitment.themes"));
        themes.setItems(themeTitles.keySet());
        themes.setItemLabelGenerator(themeTitles::get);
        save.setId("commitment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setId("commitment-cancel");
        cancel.setText(getTranslation("response.commitment.cancel"));
        cancel.addClickListener(click -> clear());
        Div form = new Div(new H3(getTranslation("response.commitment.formHeading")), description, owner, dueOn,
                measure, themes, new HorizontalLayout(save, cancel));
        form.setId("commitment-form");
        clear();
        return form;
    }

    private void drawList() {
        list.removeAll();
        if (commitments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("response.commitments.none"));
            none.setId("response-commitments-none");
            list.add(none);
        }
        for (Commitment commitment : commitments) {
            Article card = new Article(new H3(commitment.description()));
            card.setId("response-commitment-" + commitment.id());
            card.addClassName("pp-card");
            DescriptionList facts = new DescriptionList();
            Texts.fact(facts, getTranslation("commitments.owner"), commitment.ownerName());
            Texts.fact(facts, getTranslation("commitments.due"), Texts.date(this, commitment.dueOn()));
            Texts.fact(facts, getTranslation("response.commitment.measure"),
                    commitment.measure() == null ? "" : commitment.measure());
            Texts.fact(facts, getTranslation("response.commitment.themes"), String.join(", ",
                    commitment.themeIds().stream().map(id -> themeTitles.getOrDefault(id, "")).toList()));
            card.add(facts);
            if (editable) {
                Button edit = new Button(getTranslation("response.commitment.edit"), click -> edit(commitment));
                edit.setId("commitment-edit-" + commitment.id());
                Button remove = new Button(getTranslation("response.commitment.remove"), click -> remove(commitment));
                remove.setId("commitment-remove-" + commitment.id());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                card.add(new HorizontalLayout(edit, remove));
            }
            list.add(card);
        }
    }

    private void edit(Commitment commitment) {
        editing = commitment.id();
        description.setValue(commitment.description());
        owner.setValue(commitment.ownerName());
        dueOn.setValue(commitment.dueOn());
        measure.setValue(commitment.measure() == null ? "" : commitment.measure());
        themes.setValue(new LinkedHashSet<>(commitment.themeIds()));
        save.setText(getTranslation("response.commitment.saveChanges"));
        cancel.setVisible(true);
        description.focus();
    }

    private void save() {
        CommitmentPlanning.CommitmentInput input = new CommitmentPlanning.CommitmentInput(description.getValue(),
                owner.getValue(), dueOn.getValue(), measure.getValue(), themes.getValue());
        try {
            if (editing == null) {
                planning.add(officer, consultationId, input);
                done("response.commitment.added");
            } else {
                planning.edit(officer, editing, input);
                done("response.commitment.changed");
            }
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(), fields());
        }
    }

    private void remove(Commitment commitment) {
        try {
            planning.remove(officer, commitment.id());
            if (commitment.id() == (editing == null ? -1 : editing)) {
                clear();
            }
            done("response.commitment.removed");
        } catch (InvalidInputException invalid) {
            showStatus(String.join(" ", invalid.problems().stream().map(p -> FieldProblems.message(this, p))
                    .toList()));
        }
    }

    private void done(String key) {
        commitments = new ArrayList<>(planning.list(officer, consultationId));
        if (!key.equals("response.commitment.removed")) {
            clear();
        }
        drawList();
        showStatus(getTranslation(key));
    }

    private void showStatus(String text) {
        status.setText(text);
        status.setVisible(true);
    }

    private void clear() {
        editing = null;
        description.clear();
        owner.clear();
        dueOn.clear();
        measure.clear();
        themes.clear();
        FieldProblems.show(this, List.of(), fields());
        save.setText(getTranslation("response.commitment.add"));
        cancel.setVisible(false);
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("description", description, "owner", owner, "dueOn", dueOn, "measure", measure);
    }
}
