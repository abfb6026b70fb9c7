package org.powerpartnership.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.powerpartnership.shared.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's identity service our user store: bcrypt hashes, our password rules, members of our
 * {@code admin} group are engine administrators, and user ids may carry the characters we generate.
 */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {

    private final int bcryptStrength;

    IdentityEnginePlugin(@Value("${powerpartnership.bcrypt-strength:12}") int bcryptStrength) {
        this.bcryptStrength = bcryptStrength;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PasswordEncryptor bcrypt = new BcryptPasswordEncryptor(bcryptStrength);
        configuration.setPasswordEncryptor(bcrypt);
        configuration.setSaltGenerator(new EmptySaltGenerator());
        configuration.setPasswordPolicy(new CamundaPasswordPolicy());
        configuration.setEnablePasswordPolicy(true);
        List<String> adminGroups = new ArrayList<>(configuration.getAdminGroups() == null
                ? List.of() : configuration.getAdminGroups());
        adminGroups.add(Roles.ADMIN);
        configuration.setAdminGroups(adminGroups);
        configuration.setUserResourceWhitelistPattern("[a-z0-9][a-z0-9._-]{0,63}");
    }
}
