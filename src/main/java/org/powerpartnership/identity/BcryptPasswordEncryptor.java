package org.powerpartnership.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's identity store hashes with SHA-512 by default; we plug in bcrypt (cost 12). bcrypt carries its own
 * per-password salt, so {@link EmptySaltGenerator} keeps Camunda from appending a second one that would eat into
 * bcrypt's 72-byte input.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt;

    BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }
}
