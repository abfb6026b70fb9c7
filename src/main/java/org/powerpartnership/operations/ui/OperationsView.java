package org.powerpartnership.operations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.operations.EngineOverview;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.workflow.FailedSteps;

/** For administrators: the engine's figures, the steps that failed (with a retry) and the doors to Camunda's tools. */
@Route("operations")
@Menu(title = "nav.operations", order = 100)
@RolesAllowed(Roles.ADMIN)
class OperationsView extends Main implements HasDynamicTitle {

    OperationsView(EngineOverview overview, FailedSteps failedSteps) {
        EngineOverview.Figures figures = overview.figures();
        DescriptionList list = new DescriptionList();
        list.setId("engine-figures");
        add(list, "operations.deployments", figures.deployments());
        add(list, "operations.processDefinitions", figures.processDefinitions());
        add(list, "operations.activeInstances", figures.activeInstances());
        add(list, "operations.openTasks", figures.openTasks());
        add(list, "operations.failedJobs", figures.failedJobs());
        add(list, "operations.openIncidents", figures.openIncidents());

        UnorderedList tools = new UnorderedList(
                link("/camunda/app/cockpit/", "operations.cockpit"),
                link("/camunda/app/admin/", "operations.admin"),
                link("/camunda/app/tasklist/", "operations.tasklist"),
                link("/manage/health", "operations.health"),
                link("/manage/prometheus", "operations.metrics"));
        tools.setId("operations-tools");
        add(new H1(getTranslation("operations.heading")), new H2(getTranslation("operations.figures")), list,
                new FailedStepsSection(failedSteps), new H2(getTranslation("operations.tools")), tools);
    }

    private void add(DescriptionList list, String key, long value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(String.valueOf(value)));
    }

    private ListItem link(String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setRouterIgnore(true);
        return new ListItem(anchor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title");
    }
}
