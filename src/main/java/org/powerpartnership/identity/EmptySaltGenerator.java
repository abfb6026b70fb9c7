package org.powerpartnership.identity;

import org.camunda.bpm.engine.impl.digest.SaltGenerator;

/** bcrypt salts each hash itself; see {@link BcryptPasswordEncryptor}. */
class EmptySaltGenerator implements SaltGenerator {

    @Override
    public String generateSalt() {
        return "";
    }
}
