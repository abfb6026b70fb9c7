package org.powerpartnership.notification;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.PostgresRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily digest benchmark (./mvnw -Pbench verify -Dit.test=DigestBench -Dbench.heap=512m; results in
 * docs/benchmarks.md). Writes N people ({@code -Dbench.digest.recipients}, default 40,000) with 5 digested notices
 * each, due now, then times one digest run: the streamed read, a claim and a mark per person, the account lookup, the
 * wording and the full MIME message (plain text and HTML) written out, everything but the SMTP conversation: the
 * mail sender counts the messages and throws them away, so the figure is our own work. Prints the elapsed time, mails
 * per second and the peak heap (the heap pools' peaks, reset before the run); asserts nothing.
 * {@code -Dbench.database=PostgreSQL} skips the H2 run, whose in-memory database would share the measured heap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ExtendWith(PostgresRun.class)
class DigestBench {

    private static final int RECIPIENTS = Integer.getInteger("bench.digest.recipients", 40_000);
    private static final int PER_RECIPIENT = 5;
    private static final int BATCH = 1_000;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailFormat format;
    @Autowired
    Recipients recipients;
    @Autowired
    MailTexts texts;
    @Autowired
    MailFooter footer;
    @Autowired
    Clock clock;

    @Test
    void benchmark() throws Exception {
        String database = PostgresRun.isPostgresRun() ? "PostgreSQL" : "H2";
        // -Dbench.database=PostgreSQL (or H2) runs one of the two. Checked here, not before the class, so the skipped
        // run still writes the summary that failsafe's verify step reads.
        Assumptions.assumeTrue(System.getProperty("bench.database", database).equalsIgnoreCase(database),
                "bench.database chooses another database");
        Instant written = Instant.now();
        writePeopleAndNotices();
        Duration writing = Duration.between(written, Instant.now());

        CountingSender sender = new CountingSender();
        Postbox postbox = new Postbox(settings, Optional.of(sender), outbox, format);
        DigestMailer digests = new DigestMailer(dataSource, jdbc, postbox, recipients, texts, footer, clock);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        int mails = digests.sendDue();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long sent = jdbc.sql("select count(*) from notice where mail_state = 'SENT' and delivery = 'DIGEST'")
                .query(Long.class).single();
        postbox.destroy();

        System.out.printf("""

                === Digest benchmark (%s, heap limit %d MiB) ===
                recipients %,d with %d notices each (%,d notices), written in %.1f s
                digest run: %,d mails (%,d through the sender, %,d MiB of MIME), %,d notices marked sent
                elapsed %.1f s, %.0f mails per second
                peak heap during the run %d MiB (sum of the heap pools' peaks, reset before the run)
                %n""", database, Runtime.getRuntime().maxMemory() >> 20, RECIPIENTS, PER_RECIPIENT,
                RECIPIENTS * PER_RECIPIENT, writing.toMillis() / 1000.0, mails, sender.count.get(),
                sender.bytes.get() >> 20, sent, seconds, mails / seconds, peak >> 20);
    }

    private void writePeopleAndNotices() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp due = Timestamp.from(clock.instant().minusSeconds(60));
        List<Object[]> people = new ArrayList<>();
        List<Object[]> notices = new ArrayList<>();
        NoticeKind[] kinds = NoticeKind.values();
        for (int person = 0; person < RECIPIENTS; person++) {
            String userId = String.format("bench-%06d", person);
            people.add(new Object[] {userId, userId + "@bench.example.org", "Resident " + person, now});
            String language = person % 10 == 0 ? "cy" : "en";
            for (int n = 0; n < PER_RECIPIENT; n++) {
                NoticeKind kind = kinds[n % kinds.length];
                notices.add(new Object[] {"bench:" + person + ":" + n + ">" + userId, userId, language, kind.name(),
                        "Stage signed off: " + n + ". Early engagement of “Parks and play spaces in Riverside”",
                        "Dear Resident " + person + ",\n\nThe panel has decided on the stage “Early engagement” of "
                                + "“Parks and play spaces in Riverside”: signed off, with 5 approved and 0 returned "
                                + "of 7 eligible members.\n\nRead the panel’s reasons and what happens next on the "
                                + "stage’s review page.\n\nPower Partnership",
                        "/panel/review/" + (person * PER_RECIPIENT + n), now, due});
            }
            if (people.size() == BATCH) {
                flush(people, notices);
            }
        }
        flush(people, notices);
    }

    private void flush(List<Object[]> people, List<Object[]> notices) {
        jdbcTemplate.batchUpdate("insert into person (user_id, email, display_name, created_at) values (?, ?, ?, ?)",
                people);
        jdbcTemplate.batchUpdate("insert into notice (notice_key, recipient_id, language, kind, subject, body, link, "
                + "created_at, delivery, mail_state, attempts, next_attempt_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'DIGEST', 'WAITING', 0, ?)", notices);
        people.clear();
        notices.clear();
    }

    /** Takes each finished message, writes it out as it would go over the wire, counts it and throws it away. */
    private static final class CountingSender implements JavaMailSender {

        private final Session session = Session.getInstance(new Properties());
        final AtomicLong count = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        @Override
        public MimeMessage createMimeMessage() {
            return new MimeMessage(session);
        }

        @Override
        public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) throws MailException {
            for (MimeMessage message : mimeMessages) {
                try {
                    message.saveChanges();
                    CountingStream out = new CountingStream();
                    message.writeTo(out);
                    bytes.addAndGet(out.written);
                    count.incrementAndGet();
                } catch (MessagingException | java.io.IOException failed) {
                    throw new MailPreparationException(failed);
                }
            }
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) throws MailException {
            throw new UnsupportedOperationException();
        }
    }

    private static final class CountingStream extends OutputStream {

        long written;

        @Override
        public void write(int b) {
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written += len;
        }
    }
}
