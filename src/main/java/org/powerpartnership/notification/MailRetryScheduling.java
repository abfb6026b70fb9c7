package org.powerpartnership.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link Postbox#retryWaiting()}: mails that could not be sent are tried again. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailRetryScheduling {
}
