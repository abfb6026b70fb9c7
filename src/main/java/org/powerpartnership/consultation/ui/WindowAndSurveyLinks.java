package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.consultation.Consultation;

/**
 * At the top of a consultation's overview: the participation window's dates, always in view because the team plans
 * everything else around them, and the places where it builds the survey, enters paper responses, reads what people
 * said and codes it into themes.
 */
class WindowAndSurveyLinks extends Div {

    /** {@code extension}: the window's extensions and, for its lead, the way to extend it (under the dates). */
    WindowAndSurveyLinks(Consultation c, Component extension) {
        addClassName("pp-overview-window");
        Paragraph window = new Paragraph(getTranslation("overview.brief.window") + ": " + windowText(c));
        window.setId("overview-window");
        Nav nav = new Nav();
        nav.setId("overview-survey-links");
        nav.addClassName("pp-actions");
        nav.getElement().setAttribute("aria-label", getTranslation("overview.surveyLinks"));
        String base = "consultation/" + c.id() + "/";
        nav.add(link(base + "survey", "overview.link.survey", "overview-link-survey"),
                link(base + "paper", "overview.link.paper", "overview-link-paper"),
                link(base + "responses", "overview.link.responses", "overview-link-responses"),
                link(base + "analysis", "overview.link.analysis", "overview-link-analysis"),
                link(base + "response", "overview.link.response", "overview-link-response"),
                link("have-your-say/" + c.ref() + "/paper", "overview.link.printable", "overview-link-printable"));
        add(window, extension);
        decisionTooSoon(c).ifPresent(this::add);
        add(nav);
    }

    /**
     * The window opened later than planned (stages 1 to 3 took longer), so the decision date no longer leaves time for
     * the window and the analysis: say so where the team looks first, so the decision-maker is asked to move it
     * rather than decide before people have been heard.
     */
    private java.util.Optional<Paragraph> decisionTooSoon(Consultation c) {
        if (c.windowClosesAt() == null || c.decisionBy() == null || c.completedAt() != null) {
            return java.util.Optional.empty();
        }
        java.time.Instant ready = c.windowClosesAt().plus(java.time.Duration.ofDays(c.taskDueDays()));
        if (!c.decisionBy().atStartOfDay(CouncilTime.zone()).toInstant().isBefore(ready)) {
            return java.util.Optional.empty();
        }
        Paragraph warning = new Paragraph(getTranslation("overview.decisionTooSoon", Texts.date(this, c.decisionBy()),
                Texts.date(this, ready)));
        warning.setId("overview-decision-too-soon");
        warning.addClassName("pp-problem");
        return java.util.Optional.of(warning);
    }

    private String windowText(Consultation c) {
        if (c.windowOpenedAt() == null) {
            return getTranslation("overview.window.notOpen", c.participationDays() == null ? 42 : c.participationDays());
        }
        if (c.windowClosedAt() == null) {
            return getTranslation("overview.window.open", Texts.date(this, c.windowOpenedAt()),
                    Texts.date(this, c.windowClosesAt()));
        }
        return getTranslation("overview.window.closed", Texts.date(this, c.windowOpenedAt()),
                Texts.date(this, c.windowClosedAt()));
    }

    private Anchor link(String href, String key, String id) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }
}
