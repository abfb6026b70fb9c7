package org.powerpartnership.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import org.powerpartnership.shared.ActingOrganisation;
import org.powerpartnership.shared.SignedInUser;

/**
 * "Acting for <organisation>" in the header of a partner's screens; someone who belongs to several organisations
 * switches here, and the page reloads so every screen shows that organisation's work.
 */
class ActingForChoice extends Span {

    final Select<ActingOrganisation.Choice> choice = new Select<>();

    ActingForChoice(SignedInUser user, ActingOrganisation.Choice current, List<ActingOrganisation.Choice> choices,
                    ActingOrganisation actingFor) {
        setId("acting-for");
        addClassName("pp-acting-for");
        if (choices.size() < 2) {
            setText(getTranslation("shell.actingFor", current.name()));
            return;
        }
        choice.setId("acting-for-choice");
        choice.setAriaLabel(getTranslation("shell.actingFor.switch"));
        choice.setItems(choices);
        choice.setItemLabelGenerator(organisation -> getTranslation("shell.actingFor", organisation.name()));
        choice.setValue(choices.stream().filter(c -> c.id() == current.id()).findFirst().orElse(current));
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && change.getValue().id() != current.id()) {
                actingFor.choose(user, change.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        add(choice);
    }
}
