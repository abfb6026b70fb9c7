package org.powerpartnership.accountability.web;

/** Lets tests in other packages reach the controller's package-private helpers. */
public final class OpenDataTestAccess {

    private OpenDataTestAccess() {
    }

    public static String cell(String value) {
        return OpenDataController.cell(value);
    }
}
