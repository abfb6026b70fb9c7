package org.powerpartnership.consultation;

import java.util.Arrays;
import java.util.List;

/** The seven elements of the Power Partnership approach, the stages of every consultation, in order. */
public enum StageKey {
    EARLY_ENGAGEMENT(1),
    NETWORKS(2),
    ACCESS(3),
    PARTICIPATION(4),
    CAPACITY(5),
    OWNERSHIP(6),
    ACCOUNTABILITY(7);

    private final int number;

    StageKey(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The translation key of the stage's name, e.g. {@code stage.EARLY_ENGAGEMENT}. */
    public String messageKey() {
        return "stage." + name();
    }

    public static List<StageKey> inOrder() {
        return Arrays.asList(values());
    }
}
