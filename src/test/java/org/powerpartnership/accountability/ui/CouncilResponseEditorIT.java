package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.powerpartnership.accountability.ui.StageSignOffScreensIT.text;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Stage 7 on its own screen: the council's response drafted from the analysis, decided, planned and sent. */
class CouncilResponseEditorIT extends KaribuTest {

    static final String LIGHTS = "Light the two main paths through the park";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    CommitmentService commitments;
    @Autowired
    CommitmentPlanning planning;
    @Autowired
    CouncilResponseService responses;
    @Autowired
    SignOffService signOff;
    @Autowired
    ConsultationService consultations;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** Two themes found in what people said, each considered; the cycle waits at "Prepare the council's response". */
    record Analysed(Cycle.Cast cast, Consultation consultation, Theme safety, Theme toilets) {
    }

    Analysed analysed() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Safe paths and lights near the play area.", "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        Theme safety = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting came up often.");
        themes.consider(cast.lead(), safety.id(), "We will add lighting to the two main paths in the next budget.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Toilets open later", "Parents asked for toilets.");
        themes.consider(cast.lead(), toilets.id(), "The toilets cost little to open later; we looked at the rota.");
        cycle.completeAll(cast, consultation, Set.of(CouncilResponseService.TASK), null);
        return new Analysed(cast, consultation, safety, toilets);
    }

    @Test
    void an_officer_on_the_team_drafts_the_response_from_the_analysis_decides_plans_commitments_and_sends_it() {
        Analysed a = analysed();
        WorkItem task = cycle.open(a.consultation(), CouncilResponseService.TASK).get(0);
        signIn(a.cast().lead());
        navigate("consultation/" + a.consultation().id());
        assertThat(_get(Anchor.class, spec -> spec.withId("overview-link-response")).getHref())
                .isEqualTo("consultation/" + a.consultation().id() + "/response");
        navigate("work/" + task.taskId());
        assertThat(currentPath()).isEqualTo("consultation/" + a.consultation().id() + "/response");

        // drafted from the analysis: the themes with their counts, words and consideration, and the wording
        assertThat(text(_get(Article.class, spec -> spec.withId("response-theme-" + a.safety().id()))))
                .contains("Safety after dark", "We will add lighting to the two main paths");
        assertThat(_get(TextArea.class, spec -> spec.withId("response-you-asked")).getValue())
                .isEqualTo(consultations.get(a.consultation().id()).question()).isNotBlank();
        assertThat(_get(TextArea.class, spec -> spec.withId("response-you-said")).getValue())
                .contains("Safety after dark", "Toilets open later", "Lighting came up often.");

        // a decision without a reason is refused beside it, and nothing typed is lost
        _setValue(_get(TextArea.class, spec -> spec.withId("response-you-asked")), "How could the parks be better?");
        RadioButtonGroup<String> decision = decision(a.safety());
        _setValue(decision, "ADOPTED");
        _click(_get(Button.class, spec -> spec.withId("response-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason-" + a.safety().id()));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Give the reason for this decision");
        assertThat(decision.getValue()).isEqualTo("ADOPTED");
        assertThat(_get(TextArea.class, spec -> spec.withId("response-you-asked")).getValue())
                .isEqualTo("How could the parks be better?");
        assertThat(responses.draftOf(a.consultation().id())).isEmpty();
        _setValue(reason, "Lighting is affordable this year and most people asked for it.");
        _click(_get(Button.class, spec -> spec.withId("response-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-status")))).contains("Draft saved");
        assertThat(responses.draftOf(a.consultation().id()).orElseThrow().youAsked())
                .isEqualTo("How could the parks be better?");

        // commitments: bad input is refused beside each field, keeping what was typed
        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-description")), LIGHTS);
        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-measure")), "Lights on along both paths");
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        TextField owner = _get(TextField.class, spec -> spec.withId("commitment-owner"));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("commitment-due"));
        assertThat(owner.getErrorMessage()).contains("Name the owner");
        assertThat(due.getErrorMessage()).contains("Choose the date");
        assertThat(_get(TextArea.class, spec -> spec.withId("commitment-description")).getValue()).isEqualTo(LIGHTS);
        _setValue(owner, "Head of Parks");
        LocalDate today = LocalDate.ofInstant(time.now(), java.time.ZoneId.systemDefault());
        due.setMin(null);
        _setValue(due, today.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        assertThat(due.getErrorMessage()).contains("must be in the future");
        assertThat(commitments.of(a.consultation().id())).isEmpty();
        _setValue(due, today.plusMonths(4));
        themes(Set.of(a.safety().id()));
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        Commitment lights = commitments.of(a.consultation().id()).get(0);
        assertThat(lights.ownerName()).isEqualTo("Head of Parks");
        assertThat(lights.measure()).isEqualTo("Lights on along both paths");
        assertThat(lights.themeIds()).containsExactly(a.safety().id());
        assertThat(text(_get(Component.class, spec -> spec.withId("response-commitment-" + lights.id()))))
                .contains(LIGHTS, "Head of Parks", "Lights on along both paths", "Safety after dark");

        // edit one, add and remove another
        _click(_get(Button.class, spec -> spec.withId("commitment-edit-" + lights.id())));
        _setValue(_get(TextField.class, spec -> spec.withId("commitment-owner")), "Head of Highways");
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        assertThat(commitments.get(lights.id()).ownerName()).isEqualTo("Head of Highways");
        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-description")), "Open the toilets until 7pm");
        _setValue(_get(TextField.class, spec -> spec.withId("commitment-owner")), "Parks Manager");
        _setValue(_get(DatePicker.class, spec -> spec.withId("commitment-due")), today.plusMonths(2));
        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-measure")), "Open until 7pm, every day");
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        Commitment extra = commitments.of(a.consultation().id()).stream()
                .filter(c -> c.id() != lights.id()).findFirst().orElseThrow();
        _click(_get(Button.class, spec -> spec.withId("commitment-remove-" + extra.id())));
        assertThat(commitments.of(a.consultation().id())).extracting(Commitment::id).containsExactly(lights.id());
        assertThat(_find(Component.class, spec -> spec.withId("response-commitment-" + extra.id()))).isEmpty();

        // the panel gets it only when every theme is decided with a reason
        _click(_get(Button.class, spec -> spec.withId("response-send")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-problem"))))
                .contains("Decide on every theme", "Toilets open later");
        assertThat(cycle.open(a.consultation(), CouncilResponseService.TASK)).hasSize(1);
        _setValue(decision(a.toilets()), "ADOPTED_IN_PART");
        _setValue(_get(TextArea.class, spec -> spec.withId("reason-" + a.toilets().id())),
                "Later on summer evenings only: the winter cost is too high for now.");
        _click(_get(Button.class, spec -> spec.withId("response-redraft")));
        assertThat(_get(TextArea.class, spec -> spec.withId("response-we-did")).getValue())
                .contains("Toilets open later: Adopted in part", LIGHTS, "Head of Highways");
        _click(_get(Button.class, spec -> spec.withId("response-send")));

        assertThat(text(_get(Component.class, spec -> spec.withId("response-status")))).contains("Sent to the panel");
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("With the panel since");
        assertThat(_find(Button.class, spec -> spec.withId("response-save"))).isEmpty();
        assertThat(cycle.open(a.consultation(), CouncilResponseService.TASK)).isEmpty();
        assertThat(signOff.gatesOf(a.consultation().id())).anyMatch(g -> g.stage() == StageKey.ACCOUNTABILITY
                && g.isOpen());
        assertThat(commitments.responseOf(a.consultation().id())).isEmpty();
        assertThatThrownBy(() -> planning.remove(a.cast().lead(), lights.id()))
                .hasMessageContaining("response.withPanel");
    }

    @Test
    void an_officer_not_on_the_team_is_refused_the_editor_and_the_service() {
        Analysed a = analysed();
        SignedInUser stranger = signIn(accounts.open(Roles.OFFICER));
        navigate("consultation/" + a.consultation().id() + "/response");
        assertThat(text(_get(Component.class, spec -> spec.withId("response-refused")))).contains("Only officers");
        assertThat(_find(TextArea.class, spec -> spec.withId("response-you-asked"))).isEmpty();
        assertThatThrownBy(() -> planning.add(stranger, a.consultation().id(), new CommitmentPlanning.CommitmentInput(
                LIGHTS, "Head of Parks", LocalDate.now().plusMonths(3), "Lights on along both paths", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.plan(stranger, a.consultation().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> decision(Theme theme) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("decision-" + theme.id()));
    }

    @SuppressWarnings("unchecked")
    private void themes(Set<Long> ids) {
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("commitment-themes")), ids);
    }
}
