package org.powerpartnership.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationStatus;

/**
 * The directory's words on screen: kinds, statuses and groups of people. A group reads as the equality question's
 * characteristic and the profile's own answer ("Age: 18 to 24"), so the directory says what the survey asks.
 */
final class DirectoryTexts {

    private DirectoryTexts() {
    }

    static String kind(Component screen, OrganisationKind kind) {
        return kind == null ? "" : screen.getTranslation("directory.kind." + kind.code());
    }

    static String status(Component screen, OrganisationStatus status) {
        return screen.getTranslation("directory.status." + status.code());
    }

    static String characteristic(Component screen, String characteristic) {
        return screen.getTranslation("directory.characteristic." + characteristic);
    }

    static String group(Component screen, GroupServed group) {
        return screen.getTranslation("directory.groupLabel", characteristic(screen, group.characteristic()),
                screen.getTranslation("profile.option." + group.characteristic() + "." + group.value()));
    }

    /** The status as a badge; an entry waiting for an officer stands out. */
    static Span badge(Component screen, OrganisationStatus status) {
        Span badge = new Span(status(screen, status));
        badge.addClassNames("pp-badge", "pp-badge-" + switch (status) {
            case ACTIVE -> "success";
            case PROPOSED, PENDING -> "warning";
            default -> "neutral";
        });
        return badge;
    }
}
