package org.powerpartnership.forms;

/** form-js {@code validate.validationType}: a built-in format check for text fields. */
public enum ValidationType {
    EMAIL, PHONE
}
