package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CouncilResponsePlan;
import org.powerpartnership.participation.CodedTheme;

/**
 * A first draft of "you asked, you said, we did", made from the records in the officer's language: the question the
 * consultation asked, the themes people raised with their counts, and the council's decisions and commitments. The
 * team edits it; it is a start, not the last word.
 */
final class ResponseWording {

    private ResponseWording() {
    }

    static String youAsked(Component view, CouncilResponsePlan plan) {
        String question = plan.consultation().question();
        return question == null || question.isBlank() ? view.getTranslation("response.draft.asked.none",
                plan.consultation().title()) : question.strip();
    }

    static String youSaid(Component view, CouncilResponsePlan plan) {
        if (plan.themes().isEmpty()) {
            return view.getTranslation("response.draft.said.none");
        }
        StringBuilder text = new StringBuilder(view.getTranslation("response.draft.said.intro", plan.themes().size()));
        for (CouncilResponsePlan.ThemeToDecide theme : plan.themes()) {
            CodedTheme coded = theme.coded();
            text.append("\n- ").append(view.getTranslation("response.draft.said.theme", coded.theme().title(),
                    coded.responses(), coded.theme().summary()));
        }
        return text.toString();
    }

    /** From the decisions as they stand on screen (label and reason per theme title) and the commitments. */
    static String weDid(Component view, List<String[]> decisions, List<Commitment> commitments) {
        StringBuilder text = new StringBuilder();
        for (String[] decision : decisions) {
            text.append(view.getTranslation("response.draft.did.theme", decision[0], decision[1], decision[2]))
                    .append('\n');
        }
        if (!commitments.isEmpty()) {
            text.append(view.getTranslation("response.draft.did.commitments"));
            for (Commitment commitment : commitments) {
                text.append("\n- ").append(view.getTranslation("response.draft.did.commitment",
                        commitment.description(), commitment.ownerName(), Texts.date(view, commitment.dueOn())));
            }
        }
        return text.isEmpty() ? view.getTranslation("response.draft.did.none") : text.toString().strip();
    }
}
