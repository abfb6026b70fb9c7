package org.powerpartnership.profile;

import java.util.List;

/** The answers each profile question offers. Screens show them through {@code profile.option.<question>.<value>}. */
public final class ProfileOptions {

    public static final String PREFER_NOT_TO_SAY = "prefer-not";

    public static final List<String> CONTACT = List.of("email", "phone", "post", "none");
    public static final List<String> LANGUAGE = List.of("en", "cy", "other");
    public static final List<String> ACCESS = List.of("large-print", "easy-read", "bsl", "hearing-loop", "step-free");
    public static final List<String> AGE_BAND = List.of("under-18", "18-24", "25-34", "35-44", "45-54", "55-64",
            "65-74", "75-plus", PREFER_NOT_TO_SAY);
    public static final List<String> SEX = List.of("female", "male", "other", PREFER_NOT_TO_SAY);
    public static final List<String> ETHNICITY = List.of("asian", "black", "mixed", "white", "other",
            PREFER_NOT_TO_SAY);
    public static final List<String> DISABILITY = List.of("yes", "no", PREFER_NOT_TO_SAY);
    public static final List<String> CARING = List.of("yes", "no", PREFER_NOT_TO_SAY);

    private ProfileOptions() {
    }
}
