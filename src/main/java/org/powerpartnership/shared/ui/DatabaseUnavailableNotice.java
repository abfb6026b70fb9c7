package org.powerpartnership.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.powerpartnership.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click or a save that fails because the database is out of reach says so and asks to try again, instead of
 * nothing happening: the screen and what was typed stay as they are, so trying again later works. Any other
 * failure goes to Vaadin's default handling as before.
 */
@Component
class DatabaseUnavailableNotice implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableNotice.class);
    private static final int SHOWN_MILLIS = 10_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {

        private final ErrorHandler otherwise = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null || !DatabaseUnavailable.isCause(event.getThrowable())) {
                otherwise.error(event);
                return;
            }
            LOG.warn("The database could not be reached: {}", event.getThrowable().toString());
            Notification notice = Notification.show(ui.getTranslation("unavailable.notice"), SHOWN_MILLIS,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
