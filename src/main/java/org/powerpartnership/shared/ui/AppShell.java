package org.powerpartnership.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page every screen lives in. Styling comes only from the theme folder
 * ({@code src/main/frontend/themes/power-partnership}): no frontend bundle rebuild is possible here.
 */
@Theme("power-partnership")
@Meta(name = "description", content = "Power Partnership: community engagement, accountable stage by stage")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
