package org.powerpartnership.forms;

import java.util.Objects;

/** One answer offered by a select, radio or checklist: the stored value and the label people read. */
public record FormOption(String value, String label) {

    public FormOption {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? value : label;
    }
}
