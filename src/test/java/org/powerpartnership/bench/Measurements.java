package org.powerpartnership.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies and statement counts of one kind of operation, thread-safe to record. */
final class Measurements {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> statements = Collections.synchronizedList(new ArrayList<>());

    void record(long elapsedNanos, long statementCount) {
        nanos.add(elapsedNanos);
        statements.add(statementCount);
    }

    int count() {
        return nanos.size();
    }

    double percentileMillis(double percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }

    double meanStatements() {
        synchronized (statements) {
            return statements.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
        }
    }
}
