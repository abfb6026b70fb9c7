package org.powerpartnership.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.powerpartnership.notification.TestNotices;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The notice list and the header's unread count, for a resident and an officer, in English and Welsh. */
class NoticesViewIT extends KaribuTest {

    @Autowired
    TestNotices notices;

    @Test
    void a_resident_sees_the_unread_count_in_the_header_reads_newest_first_and_opening_one_marks_it_read() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        notices.noMail(resident.userId());
        long older = notices.tell(resident.userId(), "The panel approved the survey", "Line one.\nLine two.",
                "/have-your-say");
        long newer = notices.tell(resident.userId(), "The council has responded", "Read what it said.", null);
        signIn(resident);
        navigate("");

        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Notices, 2 unread");
        assertThat(_get(Span.class, spec -> spec.withId("notices-unread")).getText()).isEqualTo("2");
        assertThat(header().getHref()).isEqualTo("notices");

        navigate(header().getHref());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Notices");
        List<ListItem> items = items();
        assertThat(items).extracting(item -> item.getId().orElseThrow())
                .containsExactly("notice-" + newer, "notice-" + older);
        assertThat(text(items.get(1))).startsWith("Unread: The panel approved the survey")
                .contains("Line one.", "Line two.").containsPattern("\\d{1,2} [A-Z][a-z]+ 20\\d\\d, \\d\\d:\\d\\d");
        assertThat(_find(Anchor.class, spec -> spec.withText("Go to the page this is about"))).hasSize(1);

        navigate(_get(items.get(1), Anchor.class).getHref());
        assertThat(currentPath()).isEqualTo("have-your-say");
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Notices, 1 unread");

        navigate("notices");
        assertThat(text(items().get(1))).startsWith("The panel approved the survey");
        assertThat(text(items().get(0))).startsWith("Unread: ");
        _click(_get(Button.class, spec -> spec.withId("notices-mark-all-read")));
        assertThat(items()).noneMatch(item -> text(item).startsWith("Unread"));
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Notices, none unread");
        assertThat(header().getElement().getTextRecursively()).as("no count shown").isEqualTo("Notices");
    }

    @Test
    void an_officer_sees_only_their_own_notices_fifty_at_a_time_and_in_welsh_too() {
        SignedInUser someoneElse = accounts.open(Roles.RESIDENT);
        notices.noMail(someoneElse.userId());
        notices.tell(someoneElse.userId(), "Not for the officer", "Private.", null);
        SignedInUser officer = accounts.open(Roles.OFFICER);
        notices.noMail(officer.userId());
        for (int i = 1; i <= 51; i++) {
            notices.tell(officer.userId(), "Reminder " + i, "Text " + i, null);
        }
        signIn(officer);
        navigate("notices");

        assertThat(items()).hasSize(50);
        assertThat(text(items().get(0))).contains("Reminder 51");
        _click(_get(Button.class, spec -> spec.withId("notices-show-more")));
        assertThat(items()).hasSize(51);
        assertThat(text(items().get(50))).contains("Reminder 1");
        assertThat(items()).noneMatch(item -> text(item).contains("Not for the officer"));
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Notices, 51 unread");

        UI.getCurrent().setLocale(new Locale("cy"));
        navigate("");
        navigate("notices");
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("Hysbysiadau, 51 heb eu darllen");
        assertThat(text(items().get(0))).startsWith("Heb ei ddarllen: Reminder 51");
    }

    @Test
    void someone_signed_out_has_no_notices_link_and_the_list_asks_them_to_sign_in() {
        navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withId("notices-link"))).isEmpty();
        navigate("notices");
        assertThat(currentPath()).isEqualTo("login");
    }

    private static Anchor header() {
        return _get(Anchor.class, spec -> spec.withId("notices-link"));
    }

    private static List<ListItem> items() {
        return _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("notices-list"))
                .getChildren().map(ListItem.class::cast).toList();
    }

    private static String text(ListItem item) {
        return item.getElement().getTextRecursively();
    }
}
