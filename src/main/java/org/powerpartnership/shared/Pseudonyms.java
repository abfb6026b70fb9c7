package org.powerpartnership.shared;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name an erased person's past actions keep where a record must stay (a vote, a tag, a published version):
 * {@code erased-} and twelve random hex digits, drawn fresh for each erasure, so it leads nowhere and links nothing
 * across features.
 */
public final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    public static String random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "erased-" + HexFormat.of().formatHex(bytes);
    }
}
