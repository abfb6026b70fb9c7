package org.powerpartnership.notification.web;

import java.net.URI;

import org.powerpartnership.notification.Unsubscribes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: a mail program posts {@code List-Unsubscribe=One-Click} to the address in a mail's
 * {@code List-Unsubscribe} header and it is done at once, with no sign-in and no page (the link's signature is the
 * proof; see {@link OneClickUnsubscribeSecurity}). Opening that address in a browser stops nothing: it leads to the
 * page that asks first.
 */
@RestController
class OneClickUnsubscribeController {

    static final String PATH = "/unsubscribe/one-click/";

    private final Unsubscribes unsubscribes;

    OneClickUnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @PostMapping(value = PATH + "{token}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return unsubscribes.stop(token).isPresent()
                ? ResponseEntity.ok("Unsubscribed.")
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body("This unsubscribe link is not valid.");
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<Void> askFirst(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/unsubscribe/" + token)).build();
    }
}
