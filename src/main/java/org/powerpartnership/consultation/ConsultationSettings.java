package org.powerpartnership.consultation;

import java.util.List;

/**
 * How a consultation's timers run, set at launch. Durations are in days, reviews in months after the council's
 * response.
 *
 * @param taskDueDays      how long the team has for each task before it is overdue
 * @param reminderLeadDays how long before a due date people are reminded
 * @param signOffDays      how long the panel has to vote on a stage
 * @param coDesignDays     how long invited co-designers, partners and jurors have to respond
 * @param quorum           votes that settle a gate; null means a simple majority of the panel
 * @param reviewMonths     when the panel reviews each commitment
 */
public record ConsultationSettings(int taskDueDays, int reminderLeadDays, int signOffDays, int coDesignDays,
                                   Integer quorum, List<Integer> reviewMonths) {

    public static ConsultationSettings defaults() {
        return new ConsultationSettings(14, 2, 10, 14, null, List.of(3, 6, 12));
    }

    public ConsultationSettings withQuorum(Integer newQuorum) {
        return new ConsultationSettings(taskDueDays, reminderLeadDays, signOffDays, coDesignDays, newQuorum, reviewMonths);
    }
}
