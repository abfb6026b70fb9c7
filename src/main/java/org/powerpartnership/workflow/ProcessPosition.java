package org.powerpartnership.workflow;

import java.util.Set;

/**
 * Where a process instance stands.
 *
 * @param active   activities with work in progress now (including the sub-processes that contain them)
 * @param finished activities completed at least once
 * @param ended    whether the instance has ended
 */
public record ProcessPosition(Set<String> active, Set<String> finished, boolean ended) {
}
