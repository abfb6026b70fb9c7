package org.powerpartnership.accountability.ui;

import org.powerpartnership.shared.CouncilTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** Small helpers the accountability screens share: dates in the reader's language, labelled facts, status badges. */
final class Texts {

    private Texts() {
    }

    static Locale locale(Component view) {
        Locale locale = view.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(null);
        if (locale == null) {
            return Locale.UK;
        }
        return locale.getCountry().isEmpty() ? new Locale(locale.getLanguage(), "GB") : locale;
    }

    static String date(Component view, Instant instant) {
        if (instant == null) {
            return "";
        }
        return CouncilTime.date(instant, locale(view));
    }

    static String date(Component view, LocalDate date) {
        return CouncilTime.date(date, locale(view));
    }

    static String dateTime(Component view, Instant instant) {
        if (instant == null) {
            return "";
        }
        return CouncilTime.dateTime(instant, locale(view));
    }

    static String stage(Component view, String stageKey) {
        return view.getTranslation("stage." + stageKey);
    }

    /** A term and its description, added to a description list. */
    static void fact(DescriptionList list, String term, Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    /** A status as a badge: text, never colour alone. */
    static Span badge(Component view, String key, String tone) {
        Span badge = new Span(view.getTranslation(key));
        badge.addClassNames("pp-badge", "pp-badge-" + tone);
        return badge;
    }

    /** A section with an h2 that names it (for screen readers' landmarks list). */
    static Section section(Component view, String id, String headingKey) {
        H2 heading = new H2(view.getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    /** A commitment's status as a badge, toned by how it is going. */
    static Span commitmentStatus(Component view, String status) {
        String tone = switch (status) {
            case "DELIVERED", "ON_TRACK" -> "good";
            case "OVERDUE", "OFF_TRACK", "NOT_DELIVERED" -> "bad";
            case "AT_RISK", "DELIVERY_REPORTED" -> "warn";
            default -> "neutral";
        };
        return badge(view, "commitments.status." + status, tone);
    }
}
