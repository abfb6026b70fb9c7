package org.powerpartnership.network.ui;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * An organisation's details, the same for adding one and editing it: name, kind, description, public website,
 * email and phone, areas served, the groups of people it works with, and (when editing) whether it is active.
 * A refusal marks each field it names; nothing typed is lost.
 */
class OrganisationForm extends Div {

    final TextField name = new TextField();
    // a ComboBox, not a Select: Select puts aria-required on a button, which axe-core refuses (see CamundaFormRenderer)
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextField website = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField areas = new TextField();
    final Map<String, CheckboxGroup<GroupServed>> groups = new LinkedHashMap<>();
    final Select<OrganisationStatus> status = new Select<>();

    /** @param idPrefix keeps the ids of two forms on one page apart */
    OrganisationForm(String idPrefix, boolean editing) {
        addClassName("pp-form");
        setId(idPrefix + "-form");
        field(name, idPrefix, "name", "directory.field.name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setLabel(getTranslation("directory.field.kind"));
        kind.setId(idPrefix + "-kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> DirectoryTexts.kind(this, k));
        kind.setRequiredIndicatorVisible(true);
        field(description, idPrefix, "description", "directory.field.description");
        description.setMaxLength(2000);
        field(website, idPrefix, "website", "directory.field.website");
        website.setHelperText(getTranslation("directory.field.website.help"));
        field(email, idPrefix, "email", "directory.field.email");
        field(phone, idPrefix, "phone", "directory.field.phone");
        field(areas, idPrefix, "areas", "directory.field.areas");
        areas.setHelperText(getTranslation("directory.field.areas.help"));
        add(name, kind, description, website, email, phone, areas);
        Div groupBoxes = new Div();
        groupBoxes.addClassName("pp-directory-groups");
        groupBoxes.setId(idPrefix + "-groups");
        GroupServed.VOCABULARY.forEach((characteristic, values) -> {
            CheckboxGroup<GroupServed> box = new CheckboxGroup<>();
            box.setLabel(getTranslation("directory.field.groups", DirectoryTexts.characteristic(this, characteristic)));
            box.setId(idPrefix + "-groups-" + characteristic);
            box.setItems(values.stream().map(v -> new GroupServed(characteristic, v)).toList());
            box.setItemLabelGenerator(g -> getTranslation("profile.option." + g.characteristic() + "." + g.value()));
            groups.put(characteristic, box);
            groupBoxes.add(box);
        });
        add(groupBoxes);
        if (editing) {
            status.setLabel(getTranslation("directory.field.status"));
            status.setId(idPrefix + "-status");
            status.setItemLabelGenerator(s -> DirectoryTexts.status(this, s));
            add(status);
        }
    }

    private <F extends Component & HasLabel> void field(F field, String idPrefix, String key, String labelKey) {
        field.setId(idPrefix + "-" + key);
        field.setLabel(getTranslation(labelKey));
    }

    void fill(DirectoryEntry entry) {
        name.setValue(entry.name());
        kind.setValue(entry.kind());
        description.setValue(orEmpty(entry.description()));
        website.setValue(orEmpty(entry.website()));
        email.setValue(orEmpty(entry.email()));
        phone.setValue(orEmpty(entry.phone()));
        areas.setValue(String.join(", ", entry.areas()));
        groups.forEach((characteristic, box) -> box.setValue(new HashSet<>(entry.groups().stream()
                .filter(g -> g.characteristic().equals(characteristic)).toList())));
        boolean editable = entry.status() == OrganisationStatus.ACTIVE || entry.status() == OrganisationStatus.CLOSED;
        status.setItems(editable ? List.of(OrganisationStatus.ACTIVE, OrganisationStatus.CLOSED)
                : List.of(entry.status()));
        status.setValue(entry.status());
        status.setReadOnly(!editable);
    }

    OrganisationDetails details() {
        Set<GroupServed> chosen = new HashSet<>();
        groups.values().forEach(box -> chosen.addAll(box.getValue()));
        List<String> typedAreas = Arrays.stream(areas.getValue().split("[,\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new OrganisationDetails(name.getValue(), kind.getValue(), description.getValue(), website.getValue(),
                email.getValue(), phone.getValue(), typedAreas, chosen, status.getValue());
    }

    void clear() {
        name.clear();
        kind.clear();
        description.clear();
        website.clear();
        email.clear();
        phone.clear();
        areas.clear();
        groups.values().forEach(CheckboxGroup::clear);
        showProblems(List.of());
    }

    /** Marks the fields named; returns the problems no field here is for. */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("description", description);
        fields.put("website", website);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("areas", areas);
        fields.put("groups", groups.values().iterator().next());
        fields.put("status", status);
        return FieldProblems.show(this, problems, fields);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
