package org.powerpartnership.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One council clock (issue 14): with the server's default zone moved to New York (five hours from the council), the
 * panel's review screen and the mail asking them to sign off print the same deadline, in London time, UK style.
 * The application sets the JVM zone to the council's at startup; moving it afterwards shows that screens and mails
 * never consult it.
 */
class CouncilClockIT extends KaribuTest {

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    MailsSettle settle;

    private TimeZone serverZone;

    @BeforeEach
    void putTheServerInNewYork() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void putTheServerBack() {
        TimeZone.setDefault(serverZone);
        time.reset();
    }

    @Test
    void the_review_screen_and_the_sign_off_mail_show_the_same_london_deadline_whatever_the_servers_zone()
            throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        Instant deadline = gate.deadlineAt();
        String london = LONDON.format(deadline);
        SignedInUser member = cast.panel().get(0);

        settle.await(Duration.ofSeconds(20));
        List<MimeMessage> mails = TestMailServer.to(member.email());
        assertThat(mails).extracting(TestMailServer::body).anySatisfy(body -> assertThat(body).contains(london));

        signIn(member);
        navigate("panel/review/" + gate.id());
        Section state = _get(Section.class, spec -> spec.withId("review-gate"));
        String screen = _find(state, Paragraph.class).stream().map(Paragraph::getText)
                .collect(Collectors.joining(" "));
        assertThat(screen).contains(london);
    }
}
