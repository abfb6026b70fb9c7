package org.powerpartnership.participation;

/**
 * What someone asked about hearing back when they took part, as the screen took it down.
 *
 * <p>Online, a resident only ticks a box: {@link #forAccount} (their account's address and their language are used).
 * On paper, at an event or with a partner's help, the person may give an address, must agree to its use in the
 * words shown ({@code consentWording}), and chooses English or Welsh: {@link #byEmail}.
 *
 * @param wanted         a resident online ticked "Tell me when the council responds"
 * @param email          the address given on someone's behalf (blank: none)
 * @param consentGiven   the person agreed to that address being used for this
 * @param language       {@code en} or {@code cy}
 * @param consentWording the words of the agreement as shown or read out
 */
public record HearBackRequest(boolean wanted, String email, boolean consentGiven, String language,
                              String consentWording) {

    /** Nobody asked to hear back. */
    public static final HearBackRequest NONE = new HearBackRequest(false, null, false, "en", null);

    /** A resident online, told at their account's address in this language, if {@code wanted}. */
    public static HearBackRequest forAccount(boolean wanted, String language) {
        return new HearBackRequest(wanted, null, false, language, null);
    }

    /** Someone who took part offline: an optional address, their agreement, their language. */
    public static HearBackRequest byEmail(String email, boolean consentGiven, String language, String consentWording) {
        return new HearBackRequest(false, email, consentGiven, language, consentWording);
    }

    /** The address given, stripped, or null when none was given. */
    public String givenEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }

    /** Anything typed or ticked that asks for, or agrees to, a mail later. */
    boolean offline() {
        return givenEmail() != null || consentGiven;
    }
}
