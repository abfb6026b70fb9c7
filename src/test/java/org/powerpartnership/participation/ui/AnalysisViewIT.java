package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

class AnalysisViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    SignOffService signOff;

    private Cycle.Cast cast;
    private Consultation consultation;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** A consultation whose participation window has closed, with responses waiting for analysis. */
    private long[] closedWindowWithResponses(String... said) {
        cast = cycle.cast(3);
        consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        long[] ids = new long[said.length];
        for (int i = 0; i < said.length; i++) {
            ids[i] = participation.respond(cast.partner(), consultation.id(), Map.of("agreement", "agree",
                    "whatMattersMost", said[i], "ageBand", "35-44"), "assisted", cast.partner().userId());
        }
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);
        return ids;
    }

    private void createTheme(String title, String summary) {
        _setValue(_get(TextField.class, spec -> spec.withId("theme-new-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("theme-new-summary")), summary);
        _click(_get(Button.class, spec -> spec.withId("theme-create")));
    }

    private Theme theme(String title) {
        return themes.of(consultation.id()).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void tag(long responseId, String passage, Theme... chosen) {
        MultiSelectComboBox<Theme> box = _get(MultiSelectComboBox.class,
                spec -> spec.withId("response-" + responseId + "-themes"));
        Set<Long> ids = java.util.Arrays.stream(chosen).map(Theme::id).collect(java.util.stream.Collectors.toSet());
        _setValue(box, box.getListDataView().getItems().filter(theme -> ids.contains(theme.id()))
                .collect(java.util.stream.Collectors.toSet()));
        _setValue(_get(TextField.class, spec -> spec.withId("response-" + responseId + "-passage")), passage);
        _click(_get(Button.class, spec -> spec.withId("response-" + responseId + "-save")));
    }

    private String status() {
        return _get(Paragraph.class, spec -> spec.withId("analysis-status")).getText();
    }

    @Test
    void an_officer_codes_the_responses_into_themes_and_finishes_the_analysis_so_the_panel_is_asked() {
        long[] said = closedWindowWithResponses("The toilets are always locked when we visit the park.",
                "Locked toilets mean we cannot stay long with the children.",
                "Please open the park cafe earlier in the morning.");
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/analysis");
        assertThat(_get(Paragraph.class, spec -> spec.withId("responses-range")).getText()).contains("1", "3");

        createTheme("Locked toilets", "People find the park toilets locked.");
        assertThat(status()).isEqualTo("Theme added.");
        createTheme("Opening hours", "When the park buildings open and close.");
        createTheme("locked toilets", "The same theme typed again.");
        TextField title = _get(TextField.class, spec -> spec.withId("theme-new-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("already has a theme called");
        assertThat(themes.of(consultation.id())).hasSize(2);

        Theme toilets = theme("Locked toilets");
        Theme opening = theme("Opening hours");
        _setValue(_get(TextField.class, spec -> spec.withId("theme-" + opening.id() + "-title")), "Locked Toilets");
        _click(_get(Button.class, spec -> spec.withId("theme-" + opening.id() + "-rename")));
        assertThat(_get(TextField.class, spec -> spec.withId("theme-" + opening.id() + "-title")).getErrorMessage())
                .contains("already has a theme called");
        _setValue(_get(TextField.class, spec -> spec.withId("theme-" + opening.id() + "-title")), "Opening times");
        _click(_get(Button.class, spec -> spec.withId("theme-" + opening.id() + "-rename")));
        assertThat(status()).isEqualTo("Theme renamed.");
        assertThat(themes.get(opening.id()).title()).isEqualTo("Opening times");
        tag(said[0], "always locked", toilets);
        assertThat(status()).isEqualTo("Themes saved for the response.");
        tag(said[1], "", toilets, opening);
        tag(said[2], "words nobody wrote", opening);
        TextField passage = _get(TextField.class, spec -> spec.withId("response-" + said[2] + "-passage"));
        assertThat(passage.getErrorMessage()).contains("must be words from this response");
        tag(said[2], "open the park cafe earlier", opening);
        assertThat(_get(Paragraph.class, spec -> spec.withId("theme-" + toilets.id() + "-count")).getText())
                .isEqualTo("2 response(s) raised this");

        // "not yet coded" leaves nothing: every response has a theme
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("responses-uncoded")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("responses-range")).getText())
                .isEqualTo("No responses to show.");

        // merging a theme with itself is not offered; merging into another moves its responses
        @SuppressWarnings("unchecked")
        Select<Theme> into = _get(Select.class, spec -> spec.withId("theme-" + opening.id() + "-merge-into"));
        assertThat(into.getListDataView().getItems()).extracting(Theme::id).containsExactly(toilets.id());
        _setValue(into, into.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("theme-" + opening.id() + "-merge")));
        assertThat(status()).startsWith("Themes merged");
        assertThat(themes.of(consultation.id())).singleElement().extracting(Theme::mentions).isEqualTo(3);

        // an unconsidered theme keeps the analysis open, and says which
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-problem")).getText())
                .contains("1 theme(s) still need a recorded consideration", "Locked toilets");
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);

        _setValue(_get(TextArea.class, spec -> spec.withId("theme-" + toilets.id() + "-consideration")),
                "We will keep the toilets open until seven in the evening.");
        _click(_get(Button.class, spec -> spec.withId("theme-" + toilets.id() + "-consider")));
        assertThat(status()).isEqualTo("Consideration recorded.");
        AnalysisView view = _get(AnalysisView.class);
        assertThat(String.valueOf(view.completion.form.getValues().get("analysisSummary")))
                .contains("Locked toilets (3 response(s)): We will keep the toilets open until seven");
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-done")).getText())
                .contains("panel has been asked");
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).isEmpty();
        Gate gate = signOff.gatesOf(consultation.id()).stream()
                .filter(g -> g.stage() == StageKey.PARTICIPATION && g.isOpen()).findFirst().orElseThrow();

        // the panel reads each theme with its count, people's words and the council's consideration
        signIn(cast.panel().get(0));
        navigate("panel/review/" + gate.id());
        String evidence = _get(Section.class, spec -> spec.withId("evidence-themes")).getElement()
                .getTextRecursively();
        assertThat(evidence).contains("Locked toilets", "3 response(s) raised this", "“always locked”",
                "“open the park cafe earlier”", "We will keep the toilets open until seven in the evening.");
    }

    @Test
    void a_returned_analysis_reopens_on_this_screen_with_the_panels_reasons_to_answer_and_the_window_stays_closed() {
        closedWindowWithResponses("The toilets are always locked when we visit the park.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        themes.consider(cast.lead(), toilets.id(), "We will keep the toilets open until seven in the evening.");
        cycle.complete(cast.lead(), cycle.open(consultation, "Task_AnalyseResponses").get(0), Map.of());
        String reasons = "The analysis does not say what people said about the cafe opening hours.";
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        cycle.complete(cast, votes.get(0), Map.of("decision", "return", "reasons", reasons));
        cycle.complete(cast, votes.get(1), Map.of("decision", "return", "reasons", reasons));
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).as("the analysis reopens").hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> participation.respond(cast.coDesigner(),
                        consultation.id(), Map.of("agreement", "agree", "whatMattersMost", "Late, but here."),
                        "online", null))
                .as("the window stays closed").isInstanceOfSatisfying(
                        org.powerpartnership.shared.InvalidInputException.class, refused -> assertThat(
                                refused.problems()).extracting(p -> p.messageKey())
                                .containsExactly("participation.window.notOpen"));

        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/analysis");
        assertThat(_get(Section.class, spec -> spec.withId("returned-stage")).getElement().getTextRecursively())
                .contains("The panel returned this stage (round 1)", reasons);
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-problem")).getText())
                .contains("Answer each of the panel’s reasons");
        _setValue(_get(TextArea.class, spec -> spec.withId("returned-answer-1")),
                "Nobody wrote about the cafe; we say so in the summary now.");
        _click(_get(Button.class, spec -> spec.withId("returned-save-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("returned-answer-2")),
                "The summary now says nobody raised the cafe's opening hours.");
        _click(_get(Button.class, spec -> spec.withId("returned-save-2")));
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-done")).getText())
                .contains("panel has been asked");
        assertThat(signOff.gatesOf(consultation.id())).filteredOn(g -> g.stage() == StageKey.PARTICIPATION)
                .extracting(Gate::round).containsExactly(1, 2);
    }

    @Test
    void finishing_an_analysis_already_finished_elsewhere_gets_a_plain_message() {
        long[] said = closedWindowWithResponses("The toilets are always locked when we visit the park.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        themes.consider(cast.lead(), toilets.id(), "We will keep the toilets open until seven in the evening.");
        signIn(cast.deputy());
        navigate("consultation/" + consultation.id() + "/analysis");
        assertThat(_find(Button.class, spec -> spec.withId("response-" + said[0] + "-save"))).hasSize(1);

        cycle.complete(cast.lead(), cycle.open(consultation, "Task_AnalyseResponses").get(0), Map.of());
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-done")).getText())
                .contains("already been finished");
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isNotEmpty();
    }

    @Test
    void responses_come_twenty_at_a_time_newest_first_and_the_analysis_cannot_finish_without_themes() {
        String[] said = new String[22];
        for (int i = 0; i < said.length; i++) {
            said[i] = "Response number " + (i + 1) + " says the paths are too dark at night.";
        }
        long[] ids = closedWindowWithResponses(said);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/analysis");
        assertThat(_get(Paragraph.class, spec -> spec.withId("responses-range")).getText())
                .isEqualTo("Responses 1 to 20 of 22, newest first");
        assertThat(_find(Button.class, spec -> spec.withId("response-" + ids[21] + "-save"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("response-" + ids[0] + "-save"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("responses-older")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("responses-range")).getText())
                .isEqualTo("Responses 21 to 22 of 22, newest first");
        assertThat(_find(Button.class, spec -> spec.withId("response-" + ids[0] + "-save"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-problem")).getText())
                .contains("record the themes of what they said first");
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);
    }

    @Test
    void an_officer_not_on_the_team_is_refused() {
        closedWindowWithResponses("The toilets are always locked when we visit the park.");
        signIn(accounts.open(Roles.OFFICER));
        navigate("consultation/" + consultation.id() + "/analysis");
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-refused")).getText())
                .contains("Only officers on this consultation’s team");
        assertThat(_find(Button.class, spec -> spec.withId("theme-create"))).isEmpty();
    }
}
