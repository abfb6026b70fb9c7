package org.powerpartnership.accountability.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.accountability.CouncilResponsePlan;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.participation.CodedTheme;

/**
 * One theme on the response editor: what people raised (count, their words, the consideration recorded in the
 * analysis) and the council's decision on it with the reason. Read only once the response left the team.
 */
class ThemeDecisionCard extends Composite<Article> {

    final long themeId;
    final String title;
    final RadioButtonGroup<String> decision = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();

    ThemeDecisionCard(CouncilResponsePlan.ThemeToDecide theme, boolean editable) {
        CodedTheme coded = theme.coded();
        themeId = coded.theme().id();
        title = coded.theme().title();
        Article card = getContent();
        card.setId("response-theme-" + themeId);
        card.addClassName("pp-card");
        card.add(new H3(title), new Paragraph(getTranslation("review.themes.count", coded.responses())),
                new Paragraph(coded.theme().summary()));
        for (String quote : coded.quotes()) {
            Paragraph said = new Paragraph(getTranslation("review.themes.quote", quote));
            said.addClassName("pp-quote");
            card.add(said);
        }
        Paragraph consideration = new Paragraph(coded.theme().isConsidered()
                ? getTranslation("review.themes.consideration", coded.theme().consideration())
                : getTranslation("review.themes.unconsidered"));
        consideration.addClassName("pp-prose");
        card.add(consideration);
        ThemeDecision decided = theme.decision();
        if (!editable) {
            Paragraph outcome = new Paragraph(decided == null ? getTranslation("response.decision.none")
                    : getTranslation("response.decision.read", label(decided.decision()), decided.reason()));
            outcome.setId("decision-" + themeId);
            card.add(outcome);
            return;
        }
        decision.setId("decision-" + themeId);
        decision.setLabel(getTranslation("response.decision.label", title));
        decision.setItems(ThemeDecision.DECISIONS);
        decision.setItemLabelGenerator(this::label);
        reason.setId("reason-" + themeId);
        reason.setLabel(getTranslation("response.decision.reason"));
        reason.setHelperText(getTranslation("response.decision.reason.help"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        if (decided != null) {
            decision.setValue(decided.decision());
            reason.setValue(decided.reason());
        }
        card.add(decision, reason);
    }

    String label(String decisionKey) {
        return getTranslation("response.decision." + decisionKey);
    }

    CouncilResponseService.DecisionInput input() {
        return new CouncilResponseService.DecisionInput(themeId, decision.getValue(), reason.getValue());
    }
}
