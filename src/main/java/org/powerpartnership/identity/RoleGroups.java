package org.powerpartnership.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.powerpartnership.shared.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every role exists as a Camunda group, on every database, so memberships can be granted in Camunda Admin. */
@Component
@Order(10)
class RoleGroups implements ApplicationRunner {

    private final IdentityService identity;

    RoleGroups(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String role : Roles.ALL) {
            if (identity.createGroupQuery().groupId(role).count() == 0) {
                Group group = identity.newGroup(role);
                group.setName(Character.toUpperCase(role.charAt(0)) + role.substring(1));
                group.setType(Roles.ADMIN.equals(role) ? "SYSTEM" : "WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }
}
