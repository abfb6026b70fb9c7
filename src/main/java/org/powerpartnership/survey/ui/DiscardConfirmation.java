package org.powerpartnership.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The plain question before the team's saved working copy is thrown away: the builder cannot undo it, so it asks
 * first, with "keep" as the way out.
 */
class DiscardConfirmation extends Dialog {

    final Button confirmed = new Button();

    DiscardConfirmation(Runnable discard) {
        setHeaderTitle(getTranslation("surveyBuilder.discard.heading"));
        add(new Paragraph(getTranslation("surveyBuilder.discard.text")));
        confirmed.setId("survey-discard-confirm");
        confirmed.setText(getTranslation("surveyBuilder.discard.confirm"));
        confirmed.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirmed.addClickListener(click -> discard.run());
        Button keep = new Button(getTranslation("surveyBuilder.discard.cancel"), click -> close());
        getFooter().add(keep, confirmed);
    }
}
