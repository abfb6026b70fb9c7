package org.powerpartnership.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.junit.jupiter.api.Test;
import org.powerpartnership.notification.MailChoice;
import org.powerpartnership.notification.NoticeKind;
import org.powerpartnership.notification.NoticePreferences;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone chooses, from their account page, how each kind of notice reaches them by mail. */
class NotificationSettingsViewIT extends KaribuTest {

    @Autowired
    NoticePreferences preferences;

    @Test
    void a_resident_reaches_the_settings_from_the_account_page_and_saves_a_digest_and_a_none_with_a_confirmation() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("account");
        assertThat(_get(Anchor.class, spec -> spec.withId("account-notifications")).getHref())
                .isEqualTo("account/notifications");

        navigate("account/notifications");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notifications-digest-time")).getText())
                .startsWith("The daily summary is sent at 07:00 every day");
        assertThat(choice("notifications-response-published").getLabel())
                .isEqualTo("The council’s response, when it is published");
        assertThat(choice("notifications-response-published").getValue()).isEqualTo(MailChoice.AT_ONCE);
        _setValue(choice("notifications-response-published"), MailChoice.DIGEST);
        _setValue(choice("notifications-commitment-updated"), MailChoice.NONE);
        _click(_get(Button.class, spec -> spec.withId("notifications-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("notifications-status")).getText())
                .isEqualTo("Your email choices are saved.");
        assertThat(preferences.choiceOf(resident.userId(), NoticeKind.RESPONSE_PUBLISHED)).isEqualTo(MailChoice.DIGEST);
        assertThat(preferences.choiceOf(resident.userId(), NoticeKind.COMMITMENT_UPDATED)).isEqualTo(MailChoice.NONE);
        assertThat(preferences.choiceOf(resident.userId(), NoticeKind.REMINDER)).isEqualTo(MailChoice.AT_ONCE);

        navigate("account");
        navigate("account/notifications");
        assertThat(choice("notifications-response-published").getValue()).as("shown again").isEqualTo(MailChoice.DIGEST);
    }

    @Test
    void an_officer_can_put_work_offered_in_the_digest_but_is_not_offered_none_and_is_told_why() {
        SignedInUser officer = signInAs(Roles.OFFICER);
        navigate("account/notifications");
        RadioButtonGroup<MailChoice> work = choice("notifications-work-offered");
        assertThat(work.getListDataView().getItems()).containsExactly(MailChoice.AT_ONCE, MailChoice.DIGEST);
        assertThat(work.getHelperText()).contains("cannot be switched off");

        _setValue(work, MailChoice.DIGEST);
        _setValue(choice("notifications-escalation"), MailChoice.NONE);
        _click(_get(Button.class, spec -> spec.withId("notifications-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("notifications-status")).getText())
                .isEqualTo("Your email choices are saved.");
        assertThat(preferences.choiceOf(officer.userId(), NoticeKind.WORK_OFFERED)).isEqualTo(MailChoice.DIGEST);
        assertThat(preferences.choiceOf(officer.userId(), NoticeKind.ESCALATION)).isEqualTo(MailChoice.NONE);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<MailChoice> choice(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }
}
