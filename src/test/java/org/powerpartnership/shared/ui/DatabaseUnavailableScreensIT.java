package org.powerpartnership.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.junit.jupiter.api.Test;
import org.powerpartnership.support.KaribuTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The screens while the database is out of reach (the pool gives up after a few seconds with
 * SQLTransientConnectionException, which Spring and the engine wrap): opening a screen shows "try again in a
 * minute" with status 503, and a click says the same in a notice, leaving the screen as it was.
 */
class DatabaseUnavailableScreensIT extends KaribuTest {

    private static final SQLTransientConnectionException POOL_GAVE_UP = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms.");

    @Test
    void a_screen_opened_during_an_outage_asks_to_try_again_however_the_failure_was_wrapped() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                VaadinService.getCurrent().getContext());
        assertThat(registry.getErrorNavigationTarget(
                new CannotCreateTransactionException("Could not open JDBC Connection", POOL_GAVE_UP)))
                .hasValueSatisfying(target -> assertThat(target.getNavigationTarget())
                        .isEqualTo(DatabaseUnavailableView.class));

        DatabaseUnavailableView view = new DatabaseUnavailableView();
        UI ui = UI.getCurrent();
        int status = view.setErrorParameter(new BeforeEnterEvent(ui.getInternals().getRouter(),
                        NavigationTrigger.PAGE_LOAD, new Location("my-work"), DatabaseUnavailableView.class, ui,
                        List.of()),
                new ErrorParameter<>(SQLTransientConnectionException.class, POOL_GAVE_UP));

        assertThat(status).isEqualTo(503);
        assertThat(view.getElement().getTextRecursively()).contains("Please try again in a minute",
                "cannot reach our database");
    }

    @Test
    void a_click_during_an_outage_says_so_in_a_notice() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_GAVE_UP)));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(notice ->
                assertThat(notice.getElement().getTextRecursively() + notice.getElement().getProperty("text", ""))
                        .contains("cannot reach our database", "try again in a minute"));
        NotificationsKt.clearNotifications();
    }
}
