package org.powerpartnership.notification;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of every mail, from the screens' own translation files (so a mail and the page it links to say the
 * same thing), and the address of a page of ours to put in it. Mails are written after the request that caused them
 * is gone, so the wording cannot come from Vaadin's per-request I18NProvider.
 */
@Component
class MailTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String baseUrl;

    MailTexts(@Value("${powerpartnership.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    /** The text in English, the language of mails to staff and partners until they choose another. */
    String text(String key, Object... args) {
        return text(Locale.ENGLISH, key, args);
    }

    String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** The full address of one of our pages, from its path (starting with a slash). */
    String link(String path) {
        return baseUrl + path;
    }
}
