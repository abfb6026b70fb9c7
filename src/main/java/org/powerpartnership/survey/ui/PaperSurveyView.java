package org.powerpartnership.survey.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.HideConditions;
import org.powerpartnership.survey.Survey;
import org.powerpartnership.survey.SurveyService;

/**
 * The survey on paper, for anyone to print or for a partner to take to a drop-in: the same introduction and the same
 * questions as online, numbered, with boxes to tick and space to write, and "answer only if" notes where a question
 * depends on another. Completed copies come back to the team, who enter them as paper responses.
 */
@Route("have-your-say/:ref/paper")
@AnonymousAllowed
class PaperSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ConsultationService consultations;
    private final transient SurveyService surveys;
    private final transient Clock clock;
    private String title = "";

    PaperSurveyView(ConsultationService consultations, SurveyService surveys, Clock clock) {
        this.consultations = consultations;
        this.surveys = surveys;
        this.clock = clock;
        addClassNames("pp-public", "pp-paper-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String ref = event.getRouteParameters().get("ref").orElse("");
        Consultation consultation;
        try {
            consultation = consultations.byRef(ref);
        } catch (RuntimeException unknown) {
            notReady("survey.paper.notFound");
            return;
        }
        Optional<Survey> survey = surveys.published(consultation.id());
        if (survey.isEmpty()) {
            notReady("survey.paper.notReady");
            return;
        }
        title = getTranslation("survey.paper.title", consultation.title());
        H1 heading = new H1(title);
        heading.setId("paper-heading");
        Button print = new Button(getTranslation("survey.paper.print"),
                click -> getElement().executeJs("window.print()"));
        print.setId("paper-print");
        print.addClassName("pp-no-print");
        add(heading, print, new SurveyIntroduction(consultation, clock.getZone()),
                new H2(getTranslation("survey.paper.questions")), questions(survey.get()),
                new Paragraph(getTranslation("survey.paper.return")));
    }

    /** Guidance where the team put it, and the questions numbered as the online survey orders them. */
    private Div questions(Survey survey) {
        Div list = new Div();
        list.setId("paper-questions");
        list.addClassName("pp-paper-questions");
        Map<String, Integer> numbers = new java.util.HashMap<>();
        int number = 0;
        for (FormField field : survey.schema().fields()) {
            numbers.put(field.key(), ++number);
        }
        for (FormField component : survey.schema().allComponents()) {
            if (component.type() == FieldType.TEXT && component.groupPath().isEmpty()) {
                Div guidance = new Div();
                guidance.addClassName("pp-paper-guidance");
                Arrays.stream(component.text().split("\\R")).filter(line -> !line.isBlank())
                        .forEach(line -> guidance.add(new Paragraph(line.strip())));
                list.add(guidance);
            } else if (component.isKeyed()) {
                list.add(question(component, survey, numbers));
            }
        }
        return list;
    }

    private Div question(FormField field, Survey survey, Map<String, Integer> numbers) {
        Div item = new Div();
        item.addClassName("pp-paper-question");
        Paragraph label = new Paragraph(new Span(numbers.get(field.key()) + ". " + field.label()));
        label.addClassName("pp-paper-label");
        item.add(label);
        HideConditions.referencedKey(field.hide()).flatMap(key -> survey.schema().field(key))
                .ifPresent(other -> item.add(new Paragraph(onlyIf(field.hide(), other, numbers.get(other.key())))));
        if (field.description() != null) {
            item.add(new Paragraph(field.description()));
        }
        item.add(field.type().hasOptions() ? options(field) : space(field));
        return item;
    }

    /** "Answer only if you answered X to question N", for the show-if the builder writes; plainer otherwise. */
    private String onlyIf(String hide, FormField other, int number) {
        java.util.regex.Matcher shownWhen = SHOWN_WHEN.matcher(hide);
        if (shownWhen.matches()) {
            return getTranslation("survey.paper.onlyIfAnswer", other.optionLabel(shownWhen.group(1)), number);
        }
        return getTranslation("survey.paper.onlyIf", number);
    }

    private static final java.util.regex.Pattern SHOWN_WHEN =
            java.util.regex.Pattern.compile("^=\\s*[A-Za-z_][A-Za-z0-9_]*\\s*!=\\s*\"([^\"]*)\"\\s*$");

    private Component options(FormField field) {
        UnorderedList options = new UnorderedList();
        options.addClassName("pp-paper-options");
        field.options().forEach(option -> options.add(new ListItem(new Span("\u2610 "), new Span(option.label()))));
        if (field.type() == FieldType.CHECKLIST) {
            options.getElement().setAttribute("aria-label", getTranslation("survey.paper.tickAll"));
            return new Div(new Paragraph(getTranslation("survey.paper.tickAll")), options);
        }
        return options;
    }

    private Div space(FormField field) {
        Div space = new Div();
        space.addClassNames("pp-paper-space", field.type() == FieldType.TEXTAREA ? "pp-paper-lines" : "pp-paper-box");
        space.getElement().setAttribute("aria-hidden", "true");
        return space;
    }

    private void notReady(String key) {
        title = getTranslation(key + ".title");
        H1 heading = new H1(title);
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("paper-message");
        add(heading, text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
