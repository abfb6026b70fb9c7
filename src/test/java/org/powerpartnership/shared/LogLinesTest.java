package org.powerpartnership.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

import org.junit.jupiter.api.Test;

/**
 * A value someone typed cannot forge a log line: the application's own logging configuration (logback-spring.xml)
 * writes line breaks in a message as visible escapes, so each logged message is exactly one line.
 */
class LogLinesTest {

    @Test
    void a_message_with_line_breaks_stays_on_one_line_with_the_breaks_visible() throws Exception {
        String line = formatted("Consultation launched: Parks\r\nFAKE 2026-12-07 ERROR admin signed in\u0007");

        assertThat(line).endsWith(System.lineSeparator());
        String withoutEnd = line.substring(0, line.length() - System.lineSeparator().length());
        assertThat(withoutEnd).doesNotContain("\r", "\n", "\u0007")
                .contains("Consultation launched: Parks\\r\\nFAKE 2026-12-07 ERROR admin signed in\\u0007");
    }

    @Test
    void an_ordinary_message_is_written_as_it_was() throws Exception {
        assertThat(formatted("Mail sent to 3 panel members")).contains(" : Mail sent to 3 panel members");
    }

    /** The message as the console appender configured by logback-spring.xml writes it. */
    private static String formatted(String message) throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = LogLinesTest.class.getResource("/logback-spring.xml");
        assertThat(config).as("logback-spring.xml on the class path").isNotNull();
        configurator.doConfigure(config);
        Logger logger = context.getLogger("org.powerpartnership.test");
        OutputStreamAppender<?> console = (OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("CONSOLE");
        @SuppressWarnings("unchecked")
        var encoder = (ch.qos.logback.core.encoder.Encoder<ch.qos.logback.classic.spi.ILoggingEvent>)
                console.getEncoder();
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, null);
        String formatted = new String(encoder.encode(event), StandardCharsets.UTF_8);
        context.stop();
        return formatted;
    }
}
