package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A panel member's vote on a gate; changed votes keep their first cast time and the audit log keeps both.
 * {@code reasons} are required for a return and optional comments for an approval.
 */
public record Vote(long id, long gateId, String voterId, String decision, String reasons, Instant castAt,
                   Instant changedAt) {

    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    /** Form fields of the panel-vote form: reasons when returning, optional comments when approving. */
    static final String REASONS_FIELD = "reasons";
    static final String COMMENTS_FIELD = "comments";

    /** What the voter wrote with their decision on the panel-vote form: its reasons or its comments. */
    public static String writtenWith(Map<String, ?> values) {
        Object written = values.get(APPROVE.equals(values.get("decision")) ? COMMENTS_FIELD : REASONS_FIELD);
        return written == null ? null : written.toString();
    }

    /** The panel-vote form's values for this vote, to change it. */
    public Map<String, Object> formValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        if (reasons != null) {
            values.put(APPROVE.equals(decision) ? COMMENTS_FIELD : REASONS_FIELD, reasons);
        }
        return values;
    }
}
