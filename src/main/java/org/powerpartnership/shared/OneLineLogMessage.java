package org.powerpartnership.shared;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message on one line: CR, LF and other control characters become visible escapes, so a value someone typed
 * cannot forge a log line (see logback-spring.xml, which puts this in place of %m).
 */
public class OneLineLogMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escaped(super.convert(event));
    }

    static String escaped(String message) {
        if (message == null || OneLineText.isOneLine(message)) {
            return message;
        }
        StringBuilder line = new StringBuilder(message.length() + 8);
        message.codePoints().forEach(c -> {
            switch (c) {
                case '\r' -> line.append("\\r");
                case '\n' -> line.append("\\n");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.getType(c) == Character.CONTROL) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }
}
