package org.powerpartnership.shared;

import java.util.Optional;

/**
 * A one-line field (a title, a name, a job title) holds no control characters: a line break in a title would reach
 * a mail's subject (a forged "Bcc:" header) or start a forged log line, and a tab or bell has no place in a name.
 * Every one-line field of every screen and service uses this one check, so they all refuse the same and say so the
 * same way ({@link #MESSAGE_KEY}). Long text (descriptions, answers) may keep its line breaks.
 */
public final class OneLineText {

    /** "This must be on one line: line breaks and other control characters cannot be used here." */
    public static final String MESSAGE_KEY = "oneLine.controlCharacters";

    private OneLineText() {
    }

    /** True if the text has no control characters (Unicode category Cc: CR, LF, tab, NUL, bell, DEL ...). */
    public static boolean isOneLine(String text) {
        return text == null || text.codePoints().noneMatch(OneLineText::isControl);
    }

    /** The problem to show on {@code field}, if the text is not one line. */
    public static Optional<FieldProblem> problem(String field, String text) {
        return isOneLine(text) ? Optional.empty() : Optional.of(FieldProblem.of(field, MESSAGE_KEY));
    }

    /**
     * The text with each control character turned into a space: for places that must never carry one whatever
     * reached them (a mail subject built from older data), where refusing is no longer possible.
     */
    public static String flattened(String text) {
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder flat = new StringBuilder(text.length());
        text.codePoints().forEach(c -> flat.appendCodePoint(isControl(c) ? ' ' : c));
        return flat.toString();
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }
}
