package org.powerpartnership.shared;

/** Whether an account still exists: a session whose person was erased (on another device) ends at the next check. */
public interface AccountStatus {

    boolean exists(String userId);
}
