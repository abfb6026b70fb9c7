package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponse;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.ResponseDrafting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Have your say": the public pages anyone can read without an account, each at an address they can share. */
class HaveYourSayIT extends KaribuTest {

    static final String VENUES = "Tuesday evenings at Riverside Library, 6pm to 8pm (step-free).";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_anonymous_visitor_finds_an_open_consultation_and_reads_what_it_is_about_and_every_way_to_take_part() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation launched = cycle.launch(cast, false);
        cycle.completeAll(cast, launched, Set.of(), (item, seen) -> "access-plan".equals(item.formRef())
                ? Map.of("venuesAndTimes", VENUES, "formats", java.util.List.of("easy_read", "bsl"),
                        "languages", "Polish, Somali", "paperRoute", true, "supportOffered", java.util.List.of("childcare"))
                : null);
        Consultation open = consultations.get(launched.id());
        signOut();

        navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-link-" + open.ref())).getHref())
                .isEqualTo("have-your-say/" + open.ref());

        navigate("have-your-say");
        Component card = _get(Component.class, spec -> spec.withId("public-card-" + open.ref()));
        assertThat(card.getParent().flatMap(Component::getId)).hasValue("public-open");
        assertThat(text(card)).contains(open.title(), open.summary(), "Open until");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-link-" + open.ref())).getHref())
                .isEqualTo("have-your-say/" + open.ref());

        navigate("have-your-say/" + open.ref());
        assertThat(_get(H1.class, spec -> spec.withId("consultation-heading")).getText()).isEqualTo(open.title());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-phase")))).isEqualTo("Open now");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-summary")))).isEqualTo(open.summary());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-open-to-change"))))
                .contains("What you can still change", open.formativeStatement());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-influence"))))
                .contains("Your level of say: Involve", "We will work with you", open.iap2Promise());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-window"))))
                .startsWith("You can take part from").contains(Texts.date(com.vaadin.flow.component.UI.getCurrent(), open.windowClosesAt()));
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-survey-link")).getHref())
                .isEqualTo("my-tasks/survey/" + open.id());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-way-venue"))))
                .contains("At a venue or on paper", "You can come along here", "Tuesday evenings at Riverside Library",
                        "paper form");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-access"))))
                .contains("easy read, British Sign Language video", "Polish, Somali", "childcare");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-partners"))))
                .contains(cast.organisation().name());
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-support-link")).getHref()).isEqualTo("support");
        assertThat(_find(Component.class, spec -> spec.withId("consultation-outcome"))).isEmpty();
    }

    @Test
    void a_consultation_still_being_shaped_is_listed_as_opening_soon_without_a_survey_to_answer_yet() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation soon = cycle.launch(cast, false);
        signOut();

        navigate("have-your-say");
        Component card = _get(Component.class, spec -> spec.withId("public-card-" + soon.ref()));
        assertThat(card.getParent().flatMap(Component::getId)).hasValue("public-soon");

        navigate("have-your-say/" + soon.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-phase")))).isEqualTo("Opening soon");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-take-part"))))
                .contains("You cannot take part yet", "Ask for support to find out where and when");
        assertThat(_find(Anchor.class, spec -> spec.withId("consultation-survey-link"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("consultation-venues"))).isEmpty();
    }

    @Test
    void a_closed_consultation_shows_what_you_asked_what_you_said_and_what_we_did_with_a_link_to_the_record() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Safe paths and lights near the play area.", "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);
        drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths", "Parks manager",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4));
        cycle.completeAll(cast, consultation, Set.of(), null);
        CouncilResponse response = commitments.responseOf(consultation.id()).orElseThrow();
        signOut();

        navigate("have-your-say");
        assertThat(_get(Component.class, spec -> spec.withId("public-card-" + consultation.ref()))
                .getParent().flatMap(Component::getId)).hasValue("public-closed");

        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-phase")))).isEqualTo("Closed");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-you-asked"))))
                .contains("You asked", response.youAsked());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-you-said"))))
                .contains("You said", response.youSaid());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-we-did"))))
                .contains("We did", response.weDid());
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-record-link")).getHref())
                .isEqualTo("record/" + consultation.ref());
        assertThat(_find(Anchor.class, spec -> spec.withId("consultation-survey-link"))).isEmpty();
    }

    @Test
    void an_unknown_reference_gets_a_friendly_not_found_page_with_status_404() {
        navigate("have-your-say/NO-SUCH-REF");
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-missing"))))
                .contains("The link may be wrong");
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-missing-link")).getHref())
                .isEqualTo("have-your-say");

        HttpVisitor browser = new HttpVisitor(port);
        HttpResponse<String> page = browser.get("/have-your-say/NO-SUCH-REF", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html"); // the page still loads, and shows the friendly message
        assertThat(browser.get("/have-your-say", "text/html").statusCode()).isEqualTo(200);
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
