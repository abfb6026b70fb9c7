package org.powerpartnership.forms;

/** A form file we cannot use as it is: the message names the form, the component and what is wrong. */
public class FormSchemaException extends IllegalArgumentException {

    public FormSchemaException(String message) {
        super(message);
    }

    public FormSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
