package org.powerpartnership.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.notification.FailedMails;
import org.powerpartnership.notification.MailsSettle;
import org.powerpartnership.notification.TestNotices;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.NotAllowedView;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Admins see the mails given up on, by whom they were for and why, and send one again, once. */
class FailedMailsViewIT extends KaribuTest {

    @Autowired
    TestNotices notices;
    @Autowired
    FailedMails failedMails;
    @Autowired
    MailsSettle settle;
    @Autowired
    AccountService accountService;

    @Test
    void an_admin_sees_who_a_failed_mail_was_for_and_why_and_sending_it_again_delivers_it_once() {
        SignedInUser panelMember = accounts.open("Priya Panel", Roles.PANEL);
        String address = accountService.person(panelMember.userId()).orElseThrow().email();
        long id = notices.tell(panelMember.userId(), "The stage needs your sign-off", "Please vote.", "/sign-offs");
        settle.await(Duration.ofSeconds(20));
        assertThat(TestMailServer.to(address)).hasSize(1);
        notices.failed(id, "550 Mailbox unavailable");

        signInAs(Roles.ADMIN);
        navigate("admin/mail");
        ListItem failed = item("The stage needs your sign-off");
        assertThat(failed.getElement().getTextRecursively()).contains("Priya Panel", "10", "550 Mailbox unavailable")
                .doesNotContain(panelMember.userId());

        _click(_get(failed, Button.class));
        assertThat(_get(Paragraph.class, spec -> spec.withId("failed-mails-status")).getText())
                .isEqualTo("“The stage needs your sign-off” to Priya Panel will be sent again in a moment.");
        assertThat(items()).noneMatch(item -> item.getElement().getTextRecursively()
                .contains("The stage needs your sign-off") && item.getElement().getTextRecursively().contains("Priya"));
        assertThat(failedMails.sendAgain(id)).as("a second click acts no more").isFalse();

        settle.await(Duration.ofSeconds(20));
        assertThat(TestMailServer.awaitTo(address, 2)).hasSize(2);
        assertThat(notices.mailState(id)).isEqualTo("SENT");
        navigate("");
        navigate("admin/mail");
        assertThat(items()).noneMatch(item -> item.getElement().getTextRecursively().contains("Priya Panel"));
    }

    @Test
    void someone_who_is_not_an_admin_cannot_open_the_screen_nor_use_the_service() {
        signInAs(Roles.OFFICER);
        navigate("admin/mail");
        assertThat(_find(NotAllowedView.class)).hasSize(1);
        assertThat(_find(UnorderedList.class, spec -> spec.withId("failed-mails"))).isEmpty();
        assertThatThrownBy(failedMails::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failedMails.sendAgain(1)).isInstanceOf(AccessDeniedException.class);
    }

    private static ListItem item(String subject) {
        return items().stream().filter(item -> item.getElement().getTextRecursively().contains(subject))
                .findFirst().orElseThrow();
    }

    private static java.util.List<ListItem> items() {
        return _get(UnorderedList.class, spec -> spec.withId("failed-mails")).getChildren()
                .map(ListItem.class::cast).toList();
    }
}
