package org.powerpartnership.identity;

import java.text.Normalizer;

import com.ibm.icu.text.SpoofChecker;

/**
 * Whether an email address is built to look like another: Unicode's own look-alike rules (UTS #39, through ICU's
 * {@link SpoofChecker}) applied to the part before the {@code @} and to each label of the domain, as browsers judge
 * internationalised domain names label by label. A part may be written in any one script (a Cyrillic or Welsh
 * address is fine), or in the mixtures that occur in real writing (Japanese with Latin), but a Cyrillic "а" inside
 * a Latin "paypal" is refused.
 */
final class AddressScripts {

    private static final SpoofChecker LOOK_ALIKES = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();

    private AddressScripts() {
    }

    /**
     * The form an address is stored and compared in: NFKC folds compatibility forms (full-width letters, ligatures)
     * into the letters they stand for, so "ａdmin" and "admin" are one address, not two that look the same.
     */
    static String canonical(String address) {
        return Normalizer.normalize(address, Normalizer.Form.NFKC);
    }

    /** True when a part of the (canonical) address mixes scripts, numbering systems or hides invisible marks. */
    static boolean looksLikeAnother(String canonicalAddress) {
        if (canonicalAddress.chars().anyMatch(AddressScripts::isHidden)) {
            return true;
        }
        for (String part : canonicalAddress.split("[@.]")) {
            if (!part.isEmpty() && LOOK_ALIKES.failsChecks(part)) {
                return true;
            }
        }
        return false;
    }

    /** Zero-width joiners, direction marks and other format or control characters print as nothing at all. */
    private static boolean isHidden(int character) {
        int type = Character.getType(character);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
