package org.powerpartnership.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;

import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.survey.SurveyDesign;
import org.powerpartnership.survey.SurveyQuestion;
import org.powerpartnership.survey.SurveyQuestion.Kind;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

class SurveyBuilderViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;

    @Autowired
    SurveyService surveys;

    @Autowired
    SignOffService signOff;

    @Test
    void an_officer_on_the_team_builds_saves_previews_exports_and_reimports_a_survey_with_a_show_if_question()
            throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SurveyBuilderView view = open(cast, consultation);
        assertThat(view.state.getText()).contains("published for the panel when the question and methods are agreed");
        assertThat(view.publishing.isVisible()).isFalse();

        add(view, Kind.SINGLE_CHOICE, "Do you use the park?", editor -> editor.options.setValue("Yes\nNo"));
        assertThat(view.design().keys()).contains("doYouUseThePark");
        add(view, Kind.RATING, "How safe do you feel there?", editor -> editor.scale.setValue(4));
        add(view, Kind.LONG_TEXT, "What stops you going?", editor -> {
            editor.showIf.setValue(question(view, "doYouUseThePark"));
            editor.showIfValue.setValue(new SurveyQuestion.Option("no", "No"));
        });
        assertThat(_get(view.questions, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Shown only when “Do you use the park?” is “No”"))).isNotNull();

        _click(view.save);
        assertThat(view.status.getText()).isEqualTo("Saved.");
        assertThat(view.problems.isVisible()).isFalse();
        String saved = surveys.draft(cast.lead(), consultation.id()).json();
        assertThat(saved).contains("\"key\":\"doYouUseThePark\"", "=doYouUseThePark != \\\"no\\\"",
                "\"scale\":\"rating\"", "1 \u2013 Not at all", "4 \u2013 Very much");

        _click(view.preview);
        assertThat(view.previewPanel.isVisible()).isTrue();
        assertThat(view.previewPanel.form.field("howSafeDoYouFeelThere")).isPresent();
        view.previewPanel.width.setValue(SurveyPreview.PHONE);
        assertThat(view.previewPanel.frame.hasClassName("pp-phone-frame")).isTrue();
        view.previewPanel.width.setValue(SurveyPreview.DESKTOP);
        assertThat(view.previewPanel.frame.hasClassName("pp-phone-frame")).isFalse();

        Anchor export = view.files.export;
        assertThat(export.getText()).contains("survey-" + consultation.ref() + ".form");
        byte[] file = DownloadKt._download(export);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(saved);

        view.design().remove(0);
        UploadKt._upload(view.files.upload, "survey-" + consultation.ref() + ".form", file);
        assertThat(view.status.getText()).contains("is now the working copy");
        assertThat(view.design().keys()).contains("doYouUseThePark", "howSafeDoYouFeelThere", "whatStopsYouGoing");
        assertThat(((SurveyQuestion) view.design().items().get(view.design().items().size() - 2)).kind())
                .isEqualTo(Kind.RATING);

        // second thoughts: the saved working copy goes, after a plain question
        assertThat(view.discard.isVisible()).isTrue();
        _click(view.discard);
        assertThat(view.confirmDiscard.isOpened()).isTrue();
        _click(view.discardConfirmed);
        assertThat(view.design().keys()).contains("agreement").doesNotContain("doYouUseThePark");
        assertThat(surveys.draft(cast.lead(), consultation.id()).json()).doesNotContain("doYouUseThePark");
        assertThat(view.discard.isVisible()).isFalse();
    }

    @Test
    void refused_input_is_explained_and_nothing_the_officer_typed_is_lost() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SurveyBuilderView view = open(cast, consultation);
        String before = surveys.draft(cast.lead(), consultation.id()).json();

        // a question without words stays in the editor, with the message beside the field
        _click(view.addQuestion);
        view.editor.kind.setValue(Kind.SINGLE_CHOICE);
        view.editor.options.setValue("Only one");
        _click(view.editor.apply);
        assertThat(view.editor.label.isInvalid()).isTrue();
        assertThat(view.editor.options.getErrorMessage()).contains("at least two answers");
        assertThat(view.editor.options.getValue()).isEqualTo("Only one");
        _click(view.editor.cancel);

        // the same answer key twice
        add(view, Kind.SHORT_TEXT, "Anything else?", editor -> editor.key.setValue("agreement"));
        int count = view.design().items().size();
        _click(view.save);
        assertThat(problems(view)).contains("Two questions use the answer key \"agreement\"", "not saved");
        assertThat(view.questions.getChildren().filter(row -> row.getElement().getClassList().contains("pp-survey-item-problem")))
                .as("both questions with the key are marked").hasSize(2);
        assertThat(view.design().items()).hasSize(count);
        assertThat(surveys.draft(cast.lead(), consultation.id()).json()).isEqualTo(before);
        _click(_get(view.questions, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("survey-item-" + (count - 1) + "-remove")));

        // a show-if that reads a question that is no longer there
        add(view, Kind.LONG_TEXT, "Why do you disagree?", editor -> {
            editor.showIf.setValue(question(view, "agreement"));
            editor.showIfValue.setValue(new SurveyQuestion.Option("disagree", "Disagree"));
        });
        int agreement = index(view, "agreement");
        _click(_get(view.questions, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("survey-item-" + agreement + "-remove")));
        _click(view.save);
        assertThat(problems(view)).contains("\"Why do you disagree?\" is shown depending on \"agreement\"");
        assertThat(view.questions.getChildren().filter(row -> row.getElement().getClassList().contains("pp-survey-item-problem"))
                .map(row -> row.getElement().getTextRecursively())).singleElement().asString()
                .contains("Why do you disagree?", "no such question now");
        assertThat(view.design().keys()).contains("whyDoYouDisagree");

        // no questions at all: the guidance stays
        while (!view.design().questions().isEmpty()) {
            _click(_get(view.questions, com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withId("survey-item-" + index(view, view.design().questions().get(0).key())
                            + "-remove")));
        }
        _click(view.save);
        assertThat(problems(view)).contains("Add at least one question");
        assertThat(view.design().items()).hasSize(1);

        // a broken file
        UploadKt._upload(view.files.upload, "broken.form", "{\"components\": [ oops".getBytes(StandardCharsets.UTF_8));
        assertThat(problems(view)).contains("The file broken.form was not imported", "not a form we can use");
        assertThat(view.design().items()).hasSize(1);
        assertThat(surveys.draft(cast.lead(), consultation.id()).json()).isEqualTo(before);
    }

    @Test
    void someone_not_on_the_team_gets_a_plain_not_found_page() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        signInAs(Roles.OFFICER);
        navigate("consultation/" + consultation.id() + "/survey");
        assertThat(_get(H1.class, spec -> spec.withId("survey-not-found")).getText()).isEqualTo("Survey not found");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("survey-save"))).isEmpty();
    }

    @Test
    void after_stage_1_agreed_the_survey_a_new_version_needs_a_reason_and_the_co_designers_suggestions_are_beside_it() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        for (WorkItem coDesign : cycle.open(consultation).stream()
                .filter(item -> item.taskKey().startsWith("Task_CoDesign")).toList()) {
            cycle.complete(cast, coDesign, Map.of("questionSuggestion",
                    "Ask which play equipment children miss most", "methodsSuggested", List.of("drop_in")));
        }
        WorkItem agree = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);

        signIn(cast.lead());
        navigate("work/" + agree.taskId());
        assertThat(_find(H2.class, spec -> spec.withText("Suggested by " + cast.coDesigner().displayName()
                + " (resident)"))).hasSize(1);
        Anchor builder = _get(Anchor.class, spec -> spec.withText("Build or check the survey"));
        assertThat(builder.getHref()).isEqualTo("consultation/" + consultation.id() + "/survey");
        cycle.complete(cast, agree, Map.of());

        SurveyBuilderView view = open(cast, consultation);
        assertThat(_find(view, com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                .anySatisfy(text -> assertThat(text).contains("(partner)"));
        assertThat(view.state.getText()).contains("Residents answer version 1");
        assertThat(view.publishing.isVisible()).isTrue();

        add(view, Kind.NUMBER, "How many children live with you?", editor -> {
            editor.min.setValue(java.math.BigDecimal.ZERO);
            editor.max.setValue(java.math.BigDecimal.TEN);
        });
        view.reason.setValue("short");
        _click(view.publish);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getValue()).isEqualTo("short");
        assertThat(surveys.published(consultation.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(view.state.getText()).contains("saved changes that are not published");

        view.reason.setValue("Co-designers asked us to count the children in each home");
        _click(view.publish);
        assertThat(view.status.getText()).contains("Version 2 is published");
        assertThat(surveys.published(consultation.id()).orElseThrow().schema().field("howManyChildrenLiveWithYou"))
                .isPresent();
        assertThat(view.versions.getChildren().map(c -> c.getElement().getText()).toList()).hasSize(2)
                .last().asString().contains("Version 2", "count the children");

        // the panel signs off stage 1 with the questions of the version published with it
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        signIn(cast.panel().get(0));
        navigate("panel/review/" + gate.id());
        String evidence = _get(Section.class, spec -> spec.withId("evidence-survey")).getElement()
                .getTextRecursively();
        assertThat(evidence).contains("Version 1", "How much do you agree with the proposal?", "Single choice",
                "Drop-down list").doesNotContain("How many children live with you?");
    }

    private SurveyBuilderView open(Cycle.Cast cast, Consultation consultation) {
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/survey");
        return _get(SurveyBuilderView.class);
    }

    private static void add(SurveyBuilderView view, Kind kind, String label, Consumer<QuestionEditor> more) {
        _click(view.addQuestion);
        QuestionEditor editor = view.editor;
        assertThat(editor.isVisible()).isTrue();
        editor.kind.setValue(kind);
        editor.label.setValue(label);
        more.accept(editor);
        _click(editor.apply);
        assertThat(editor.isVisible()).as("the question was accepted").isFalse();
    }

    private static SurveyQuestion question(SurveyBuilderView view, String key) {
        return view.design().questions().stream().filter(q -> key.equals(q.key())).findFirst().orElseThrow();
    }

    private static int index(SurveyBuilderView view, String key) {
        List<SurveyDesign.Item> items = view.design().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof SurveyQuestion q && key.equals(q.key())) {
                return i;
            }
        }
        throw new AssertionError("No question " + key);
    }

    private static String problems(SurveyBuilderView view) {
        assertThat(view.problems.isVisible()).isTrue();
        return view.problems.getElement().getTextRecursively();
    }
}
