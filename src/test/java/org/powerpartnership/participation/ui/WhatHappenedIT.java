package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.ResponseDrafting;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident's done survey, once the council has published its response: what happened with what they said. */
class WhatHappenedIT extends KaribuTest {

    static final String MATTERS = ResidentTasksIT.MATTERS;

    @Autowired
    Cycle cycle;
    @Autowired
    ResidentTasks tasks;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    EngineTime time;
    @Autowired
    ThemeService themes;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void once_the_council_has_responded_a_done_survey_says_what_happened_with_what_you_said() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser resident = signInAs(Roles.RESIDENT);
        tasks.submitSurvey(resident, consultation.id(), Map.of("agreement", "agree", "whatMattersMost", MATTERS));

        navigate("my-tasks");
        Article before = doneSurvey(consultation);
        assertThat(before.getElement().getTextRecursively()).doesNotContain("What happened", "responded");
        assertThat(_get(before, Anchor.class).getHref())
                .isEqualTo("have-your-say/" + consultation.ref());

        // the window runs its length, the analysis and the later stages; the panel approves the response
        time.advance(Duration.ofDays(40), consultation.processInstanceId());
        Theme theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);
        drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths through the park",
                "Parks manager", LocalDate.now().plusMonths(6));
        cycle.completeAll(cast, consultation, Set.of(), null);

        navigate("my-tasks");
        Article after = doneSurvey(consultation);
        assertThat(after.getElement().getTextRecursively()).contains("The council responded on",
                "What happened with what you said about " + consultation.title());
        assertThat(_get(after, Anchor.class,
                spec -> spec.withClasses("pp-task-what-happened")).getHref())
                .as("straight to the council's response on the public page")
                .isEqualTo("have-your-say/" + consultation.ref() + "#consultation-outcome");
    }

    private Article doneSurvey(Consultation consultation) {
        return _get(_get(Section.class, spec -> spec.withId("my-tasks-done")), Article.class,
                spec -> spec.withAttribute("data-task", "survey:" + consultation.id()));
    }
}
