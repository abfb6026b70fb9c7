package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** However a title or name reached it, a mail's subject is one line: a line break would start a header of its own. */
class MailTest {

    @Test
    void a_line_break_in_a_subject_becomes_a_space() {
        Mail mail = new Mail("u1", "resident@example.org", "New consultation: Parks\r\nBcc: everyone@example.org",
                "First line.\r\nSecond line.");

        assertThat(mail.subject()).isEqualTo("New consultation: Parks  Bcc: everyone@example.org")
                .doesNotContain("\r", "\n");
        assertThat(mail.body()).as("the body keeps its lines").contains("\r\n");
    }
}
