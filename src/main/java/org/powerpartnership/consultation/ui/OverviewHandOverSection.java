package org.powerpartnership.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.powerpartnership.consultation.ConsultationRecords.Participant;

/**
 * The overview's hand-over of a leaver's place: it lays out the view's own fields and button, which the view keeps so
 * that it can read them when the button is pressed.
 */
class OverviewHandOverSection extends OverviewSection {

    OverviewHandOverSection(Select<Participant> leaver, ComboBox<LaunchConsultationView.Person> newcomer,
                            Button handOver, List<Participant> team,
                            List<LaunchConsultationView.Person> candidates, Runnable onHandOver) {
        super("overview-reassign", "overview.reassign");
        add(new Paragraph(getTranslation("overview.reassign.intro")));
        leaver.setLabel(getTranslation("overview.reassign.leaver"));
        leaver.setId("reassign-leaver");
        leaver.setItems(team);
        leaver.setItemLabelGenerator(p -> p == null ? "" : getTranslation("overview.person", p.name(),
                getTranslation("memberRole." + p.role().name())));
        leaver.setValue(null);
        newcomer.setLabel(getTranslation("overview.reassign.newcomer"));
        newcomer.setId("reassign-newcomer");
        newcomer.setHelperText(getTranslation("overview.reassign.newcomerHelp"));
        newcomer.setItems(candidates);
        newcomer.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        newcomer.setClearButtonVisible(true);
        newcomer.setValue(null);
        leaver.setManualValidation(true);
        newcomer.setManualValidation(true);
        handOver.setText(getTranslation("overview.reassign.submit"));
        handOver.setId("reassign-submit");
        handOver.addClickListener(click -> onHandOver.run());
        Div fields = new Div(leaver, newcomer);
        fields.addClassName("pp-filters");
        add(fields, handOver);
    }
}
