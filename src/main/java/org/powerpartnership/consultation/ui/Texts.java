package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.powerpartnership.consultation.StageKey;

/** Words and dates the officer screens share, all from the translation bundles, in the reader's language. */
final class Texts {

    private Texts() {
    }

    static String stage(Component c, StageKey stage) {
        return stage == null ? c.getTranslation("officer.stage.none") : c.getTranslation(stage.messageKey());
    }

    static String stage(Component c, String stageName) {
        if (stageName == null || stageName.isBlank()) {
            return c.getTranslation("officer.stage.none");
        }
        try {
            return stage(c, StageKey.valueOf(stageName));
        } catch (IllegalArgumentException notAStage) {
            return stageName;
        }
    }

    /** A status word (stage, consultation, outcome, vote decision) with a fallback to the code itself. */
    static String word(Component c, String prefix, String code) {
        if (code == null) {
            return "";
        }
        return orElse(c, prefix + code, code);
    }

    /** The translation of the key, or the fallback when the bundle has none. */
    static String orElse(Component c, String key, String fallback) {
        String text = c.getTranslation(key);
        return text == null || text.startsWith("!{") ? fallback : text;
    }

    static String date(Component c, Instant instant) {
        return CouncilTime.date(instant, locale(c));
    }

    static String date(Component c, LocalDate date) {
        return CouncilTime.date(date, locale(c));
    }

    static String dateTime(Component c, Instant instant) {
        return CouncilTime.dateTime(instant, locale(c));
    }

    private static Locale locale(Component c) {
        Locale locale = c.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? null
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
        return locale == null ? Locale.UK : locale;
    }
}
