package org.powerpartnership.participation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.powerpartnership.participation.ResidentTasks;

/** Residents' words for their tasks: what each kind is, what happens after it is sent, dates in their language. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** A plain title for the kind of task; the process's own name for kinds we have no words for. */
    static String title(Component translator, ResidentTasks.Kind kind, String name) {
        return kind == ResidentTasks.Kind.OTHER ? name : translator.getTranslation(key(kind) + ".title");
    }

    static String about(Component translator, ResidentTasks.Kind kind) {
        return translator.getTranslation(key(kind) + ".about");
    }

    static String next(Component translator, ResidentTasks.Kind kind) {
        return translator.getTranslation(key(kind) + ".next");
    }

    static String status(Component translator, ResidentTasks.Status status) {
        return translator.getTranslation("residentTasks.status." + status.name());
    }

    static String date(Component translator, Instant instant) {
        return CouncilTime.date(instant, translator.getUI().map(ui -> ui.getLocale()).orElse(Locale.UK));
    }

    private static String key(ResidentTasks.Kind kind) {
        return "residentTasks.kind." + kind.name();
    }
}
