package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The notice list belongs to the person signed in: no id handed to it shows or changes another's notices. Notices,
 * mail choices and the consultations a person's address follows are in their data download and go with them.
 */
@IntegrationTest
class NoticeInboxIT {

    @Autowired
    NoticeInbox inbox;
    @Autowired
    TestNotices notices;
    @Autowired
    TestAccounts accounts;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    FollowService follows;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    Cycle cycle;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobody_sees_counts_reads_or_marks_another_persons_notices() {
        SignedInUser alice = accounts.open(Roles.RESIDENT);
        SignedInUser bob = accounts.open(Roles.RESIDENT);
        notices.noMail(alice.userId());
        notices.noMail(bob.userId());
        long alicesNotice = notices.tell(alice.userId(), "For Alice", "Only hers.", "/have-your-say");
        long bobsNotice = notices.tell(bob.userId(), "For Bob", "Only his.", "/have-your-say");

        signIn(alice);
        assertThat(inbox.unreadCount()).isEqualTo(1);
        assertThat(inbox.page(0, NoticeInbox.PAGE_SIZE)).extracting(NoticeLine::subject).containsExactly("For Alice");
        assertThat(inbox.markRead(bobsNotice)).as("Bob's link is not given to Alice").isEmpty();
        assertThat(inbox.markAllRead()).isEqualTo(1);

        signIn(bob);
        assertThat(inbox.unreadCount()).as("Alice's clicks left Bob's notice unread").isEqualTo(1);
        assertThat(inbox.page(0, NoticeInbox.PAGE_SIZE)).singleElement()
                .satisfies(line -> assertThat(line.read()).isFalse());
        assertThat(inbox.markRead(alicesNotice)).isEmpty();
        assertThat(inbox.markRead(bobsNotice)).hasValue("/have-your-say");
        assertThat(inbox.unreadCount()).isZero();

        SecurityContextHolder.clearContext();
        assertThat(inbox.unreadCount()).as("signed out: nothing").isZero();
        assertThatThrownBy(() -> inbox.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void notices_choices_and_follows_are_in_the_download_and_erased_with_the_person() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        notices.noMail(resident.userId());
        preferences.choose(resident.userId(), NoticeKind.REMINDER, MailChoice.DIGEST);
        notices.tell(resident.userId(), "Your answer was counted", "Thank you.", null);
        Consultation consultation = cycle.launch(cycle.cast(3), false);
        follows.requestToFollow(consultation.id(), resident.email().toUpperCase(Locale.ROOT), Locale.ENGLISH);
        follows.requestToFollow(consultation.id(), "someone-else-" + resident.userId() + "@example.org",
                Locale.ENGLISH);

        Map<String, Object> section = (Map<String, Object>) personalData.export(resident).get("notices");
        assertThat((List<Map<String, Object>>) section.get("notices")).singleElement()
                .satisfies(notice -> assertThat(notice).containsEntry("subject", "Your answer was counted")
                        .containsEntry("read", false));
        assertThat((Map<String, Object>) section.get("mailChoices")).containsEntry("REMINDER", "DIGEST")
                .containsEntry("STAGE_DECIDED", "NONE");
        assertThat((List<Map<String, Object>>) section.get("consultationsFollowed")).singleElement()
                .satisfies(follow -> assertThat(follow).containsEntry("consultationId", consultation.id())
                        .containsEntry("confirmed", false));

        personalData.erase(resident);
        assertThat(count("select count(*) from notice where recipient_id = ?", resident.userId())).isZero();
        assertThat(count("select count(*) from notice_preference where user_id = ?", resident.userId())).isZero();
        assertThat(count("select count(*) from consultation_follower where lower(email) = ?",
                resident.email().toLowerCase(Locale.ROOT))).isZero();
        assertThat(count("select count(*) from consultation_follower where consultation_id = ?", consultation.id()))
                .as("another address's follow stays").isEqualTo(1);
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static void signIn(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
