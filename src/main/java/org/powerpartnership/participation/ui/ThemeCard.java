package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.participation.CodedTheme;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * One theme on the analysis screen: how many responses raised it and in what words, the council's consideration
 * (edited in place), a clearer title, and merging it into another theme.
 */
class ThemeCard extends Composite<Article> {

    final TextField title = new TextField();
    final TextArea consideration = new TextArea();
    final Select<Theme> mergeInto = new Select<>();

    ThemeCard(CodedTheme coded, List<Theme> others, ThemeService themes, SignedInUser user,
              Consumer<String> changed) {
        Theme theme = coded.theme();
        String id = "theme-" + theme.id();
        Article card = getContent();
        card.setId(id);
        card.addClassName("pp-card");
        card.add(new H3(theme.title()));
        Paragraph count = new Paragraph(getTranslation("analysis.theme.count", coded.responses()));
        count.setId(id + "-count");
        card.add(count, new Paragraph(theme.summary()));
        Div quotes = new Div();
        quotes.setId(id + "-quotes");
        for (String quote : coded.quotes()) {
            Paragraph said = new Paragraph(getTranslation("review.themes.quote", quote));
            said.addClassName("pp-quote");
            quotes.add(said);
        }
        if (coded.quotes().isEmpty()) {
            quotes.add(new Paragraph(getTranslation("analysis.theme.noQuotes")));
        }
        card.add(quotes);

        consideration.setId(id + "-consideration");
        consideration.setLabel(getTranslation("analysis.theme.consideration"));
        consideration.setHelperText(getTranslation("analysis.theme.considerationHelp"));
        consideration.setWidthFull();
        consideration.setMaxLength(4000);
        if (theme.consideration() != null) {
            consideration.setValue(theme.consideration());
        }
        Button consider = new Button(getTranslation("analysis.theme.consider"), click -> act(
                () -> themes.consider(user, theme.id(), consideration.getValue()), changed,
                "analysis.status.considered"));
        consider.setId(id + "-consider");
        card.add(consideration, consider);

        title.setId(id + "-title");
        title.setLabel(getTranslation("analysis.theme.title"));
        title.setValue(theme.title());
        Button rename = new Button(getTranslation("analysis.theme.rename"), click -> act(
                () -> themes.rename(user, theme.id(), title.getValue()), changed, "analysis.status.renamed"));
        rename.setId(id + "-rename");
        HorizontalLayout renaming = new HorizontalLayout(title, rename);
        renaming.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        card.add(renaming);

        if (!others.isEmpty()) {
            mergeInto.setId(id + "-merge-into");
            mergeInto.setLabel(getTranslation("analysis.theme.mergeInto"));
            mergeInto.setItems(others);
            mergeInto.setItemLabelGenerator(Theme::title);
            Button merge = new Button(getTranslation("analysis.theme.merge"), click -> act(() -> {
                if (mergeInto.getValue() == null) {
                    throw new InvalidInputException(org.powerpartnership.shared.FieldProblem.of("mergeInto",
                            "analysis.theme.mergeChoose"));
                }
                themes.merge(user, theme.id(), mergeInto.getValue().id());
            }, changed, "analysis.status.merged"));
            merge.setId(id + "-merge");
            HorizontalLayout merging = new HorizontalLayout(mergeInto, merge);
            merging.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            card.add(merging);
        }
    }

    private void act(Runnable change, Consumer<String> changed, String statusKey) {
        try {
            change.run();
            changed.accept(statusKey);
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(), Map.of("consideration", consideration, "title", title,
                    "mergeInto", mergeInto));
        }
    }
}
