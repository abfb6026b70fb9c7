package org.powerpartnership.notification;

import java.util.Optional;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.LanguagePreferences;
import org.springframework.stereotype.Component;

/** Turns account ids into recipients in the language each person chose for the screens (English until they choose). */
@Component
class Recipients {

    private final AccountService accounts;
    private final LanguagePreferences languages;

    Recipients(AccountService accounts, LanguagePreferences languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    /** The account's recipient, or empty when the account no longer exists. */
    Optional<Recipient> account(String userId) {
        return accounts.person(userId)
                .map(person -> Recipient.account(userId, languages.chosenLanguage(userId).orElse("en")));
    }

    /** The account's current address, if it has one. */
    Optional<String> addressOf(String userId) {
        return accounts.person(userId).map(person -> person.email()).filter(address -> !address.isBlank());
    }

    /** Where and how to greet someone with an account: their current address and name. */
    record Addressee(String address, String name) {
    }

    /** The account's current address and name, when it exists and has an address. */
    Optional<Addressee> addressee(String userId) {
        return accounts.person(userId).filter(person -> !person.email().isBlank())
                .map(person -> new Addressee(person.email(), person.displayName()));
    }

    /** The name to greet the account's owner by. */
    String nameOf(String userId) {
        return accounts.person(userId).map(person -> person.displayName()).orElse("");
    }
}
