package org.powerpartnership.accountability;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemPrefill;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team submitted on a stage's own work task, read back from the audit log (every completion keeps its
 * validated values there): the values a reopened task opens with, and the "before" and "after" of what the panel
 * sees changed since it returned the stage.
 */
@Component
class StageSubmissions implements WorkItemPrefill {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final AuditLog audit;
    private final ObjectMapper json;

    StageSubmissions(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** A stage's own task opens with the values last submitted on it in this consultation (after a return). */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> valuesFor(WorkItem item) {
        if (item.consultationId() == null) {
            return Map.of();
        }
        return StageWork.stageOfTask(item.taskKey())
                .map(stage -> lastValues(item.consultationId(), stage, Long.MAX_VALUE))
                .orElse(Map.of());
    }

    /** The values of the stage's own task last submitted before the given audit entry (empty if none was). */
    @Transactional(readOnly = true)
    public Map<String, Object> lastValues(long consultationId, StageKey stage, long beforeEntryId) {
        String subject = "task:" + StageWork.of(stage).taskKey();
        return audit.inStage(consultationId, stage.name(), StageReviews.TASK_COMPLETED).stream()
                .filter(entry -> entry.subject().equals(subject) && entry.id() < beforeEntryId)
                .reduce((first, second) -> second)
                .map(this::values).orElse(Map.of());
    }

    /** The audit entry that opened a round: what was submitted before it is what that round's panel saw. */
    @Transactional(readOnly = true)
    public long openedEntryOf(Gate gate) {
        return audit.inStage(gate.consultationId(), gate.stage().name(), "gate.opened").stream()
                .filter(entry -> entry.subject().equals("gate:" + gate.id()))
                .map(AuditEntry::id).findFirst().orElse(Long.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> values(AuditEntry entry) {
        try {
            Object values = json.readValue(entry.details(), JSON_OBJECT).get("values");
            return values instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (Exception unreadable) {
            return Map.of();
        }
    }

    static Optional<Object> nonEmpty(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof java.util.Collection<?> list && list.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    static List<String> keysInOrder(List<String> formKeys, Map<String, Object> before, Map<String, Object> after) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(formKeys);
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        return List.copyOf(keys);
    }
}
