package org.powerpartnership.participation.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.participation.CodedResponse;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/** One response to code: what the person wrote, under the survey's questions, and the themes it raises. */
class ResponseCard extends Composite<Article> {

    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final TextField passage = new TextField();

    ResponseCard(CodedResponse response, int number, List<Theme> all, ResponseCoding coding, SignedInUser user,
                 long consultationId, ZoneId zone, Consumer<String> changed) {
        String id = "response-" + response.id();
        Article card = getContent();
        card.setId(id);
        card.addClassName("pp-card");
        card.add(new H3(getTranslation("analysis.response.heading", number,
                CouncilDates.dateTime(this, response.submittedAt(), zone),
                getTranslation("analysis.response.channel." + response.channel()))));
        if (response.answers().isEmpty()) {
            card.add(new Paragraph(getTranslation("analysis.response.noText")));
        } else {
            DescriptionList answers = new DescriptionList();
            answers.addClassName("pp-facts");
            for (CodedResponse.Answer answer : response.answers()) {
                answers.add(new DescriptionList.Term(answer.label()), new DescriptionList.Description(answer.text()));
            }
            card.add(answers);
        }
        Set<Long> tagged = response.tags().stream().map(CodedResponse.Tag::themeId).collect(Collectors.toSet());
        themes.setId(id + "-themes");
        themes.setLabel(getTranslation("analysis.response.themes"));
        themes.setItems(all);
        themes.setItemLabelGenerator(Theme::title);
        themes.setValue(all.stream().filter(theme -> tagged.contains(theme.id())).collect(Collectors.toSet()));
        themes.setWidthFull();
        passage.setId(id + "-passage");
        passage.setLabel(getTranslation("analysis.response.passage"));
        passage.setHelperText(getTranslation("analysis.response.passageHelp"));
        passage.setWidthFull();
        response.tags().stream().map(CodedResponse.Tag::passage).filter(p -> p != null).findFirst()
                .ifPresent(passage::setValue);
        Button save = new Button(getTranslation("analysis.response.save"), click -> {
            try {
                coding.setTags(user, consultationId, response.id(),
                        themes.getValue().stream().map(Theme::id).toList(), passage.getValue());
                changed.accept("analysis.status.tagged");
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), Map.of("passage", passage, "themes", themes));
            }
        });
        save.setId(id + "-save");
        card.add(themes, passage, save);
    }
}
