package org.powerpartnership.network.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.powerpartnership.network.DirectorySearch;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationStatus;

/** The directory's search box and filters; every change lists again. */
class DirectoryFilters extends Div {

    final TextField text = new TextField();
    final Select<OrganisationKind> kind = new Select<>();
    final ComboBox<String> area = new ComboBox<>();
    final Select<GroupServed> group = new Select<>();
    final Select<OrganisationStatus> status = new Select<>();

    DirectoryFilters(List<String> areas, Runnable changed) {
        setId("directory-filters");
        addClassName("pp-filters");
        getElement().setAttribute("role", "search");
        text.setLabel(getTranslation("directory.filter.text"));
        text.setId("directory-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("directory.filter.kind"));
        kind.setId("directory-filter-kind");
        kind.setItems(OrganisationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("directory.filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("directory.filter.any") : DirectoryTexts.kind(this, k));
        area.setLabel(getTranslation("directory.filter.area"));
        area.setId("directory-filter-area");
        area.setItems(areas);
        area.setClearButtonVisible(true);
        group.setLabel(getTranslation("directory.filter.group"));
        group.setId("directory-filter-group");
        group.setItems(GroupServed.all());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("directory.filter.any"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("directory.filter.any") : DirectoryTexts.group(this, g));
        status.setLabel(getTranslation("directory.filter.status"));
        status.setId("directory-filter-status");
        status.setItems(OrganisationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("directory.filter.anyStatus"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("directory.filter.anyStatus")
                : DirectoryTexts.status(this, s));
        add(text, kind, area, group, status);
        text.addValueChangeListener(change -> changed.run());
        kind.addValueChangeListener(change -> changed.run());
        area.addValueChangeListener(change -> changed.run());
        group.addValueChangeListener(change -> changed.run());
        status.addValueChangeListener(change -> changed.run());
    }

    DirectorySearch current() {
        return new DirectorySearch(text.getValue(), kind.getValue(), area.getValue(), group.getValue(),
                status.getValue());
    }
}
