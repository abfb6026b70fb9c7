package org.powerpartnership.notification;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets the nodes share ({@code signing_key}): 32 random bytes made with {@link SecureRandom} the first time one is
 * asked for by name, and kept. Two nodes asking at once both try to insert; the second insert fails on the key and
 * that node reads the first one's secret, so every node signs with the same key. Kept in memory once read.
 */
@Component
class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] secret(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        return stored(name).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            try {
                jdbc.sql("insert into signing_key (name, secret) values (?, ?)")
                        .params(name, Base64.getEncoder().encodeToString(secret)).update();
                return secret;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                return stored(name).orElseThrow();
            }
        });
    }

    private java.util.Optional<byte[]> stored(String name) {
        return jdbc.sql("select secret from signing_key where name = ?").param(name).query(String.class).optional()
                .map(Base64.getDecoder()::decode);
    }
}
