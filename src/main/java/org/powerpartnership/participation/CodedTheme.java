package org.powerpartnership.participation;

import java.util.List;

/**
 * A theme with what shows it: how many responses raised it and up to three quotes (the passages the team marked,
 * else the start of what those people wrote).
 */
public record CodedTheme(Theme theme, List<String> quotes) {

    public CodedTheme {
        quotes = List.copyOf(quotes);
    }

    /** The number of distinct responses tagged with the theme. */
    public int responses() {
        return theme.mentions();
    }
}
