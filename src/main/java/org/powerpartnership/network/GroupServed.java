package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.profile.ProfileOptions;

/**
 * A group of people an organisation works with, named in the equality questions' own terms (the resident profile's
 * characteristics and answers, {@link ProfileOptions}), so the directory and the representation figures speak the
 * same language and outreach can be aimed at the groups a consultation is not hearing from.
 *
 * @param characteristic ageBand, sex, ethnicity, disability or caring
 * @param value          one of the profile's answers to that question
 */
public record GroupServed(String characteristic, String value) {

    /**
     * Every group an organisation can say it works with, by characteristic, in the profile's order. "Prefer not to
     * say" is nobody's group, and for the yes/no questions only "yes" names a group (disabled people, carers).
     */
    public static final Map<String, List<String>> VOCABULARY = vocabulary();

    public boolean isKnown() {
        return VOCABULARY.getOrDefault(characteristic, List.of()).contains(value);
    }

    public static List<GroupServed> all() {
        List<GroupServed> all = new ArrayList<>();
        VOCABULARY.forEach((characteristic, values) -> values.forEach(v -> all.add(new GroupServed(characteristic, v))));
        return all;
    }

    private static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("ageBand", groupsOf(ProfileOptions.AGE_BAND));
        groups.put("sex", groupsOf(ProfileOptions.SEX));
        groups.put("ethnicity", groupsOf(ProfileOptions.ETHNICITY));
        groups.put("disability", groupsOf(ProfileOptions.DISABILITY));
        groups.put("caring", groupsOf(ProfileOptions.CARING));
        return java.util.Collections.unmodifiableMap(groups);
    }

    private static List<String> groupsOf(List<String> answers) {
        return answers.stream().filter(a -> !a.equals(ProfileOptions.PREFER_NOT_TO_SAY) && !a.equals("no")).toList();
    }
}
