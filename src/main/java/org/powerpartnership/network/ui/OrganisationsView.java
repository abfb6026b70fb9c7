package org.powerpartnership.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.network.DirectoryListing;
import org.powerpartnership.network.DirectorySearch;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;

/**
 * The organisation directory for officers and administrators: search and filter (by kind, area, group of people
 * served and status; the database pages the list), each entry's page one click away, the entries waiting for an
 * officer's confirmation, and adding an organisation. Partners are linked to their organisation on its page.
 */
@Route("organisations")
@Menu(title = "nav.organisations", order = 23)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class OrganisationsView extends Main implements HasDynamicTitle {

    final DirectoryFilters filters;
    final Grid<DirectoryListing> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Button showWaiting = new Button();
    final Button startAdding = new Button();
    final AddOrganisationPanel adding;

    private final transient OrganisationDirectory directory;
    private final SignedInUser user;

    OrganisationsView(OrganisationDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.user = currentUser.requireAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassName("pp-admin");
        H1 heading = new H1(getTranslation("directory.heading"));
        heading.setId("organisations-heading");
        filters = new DirectoryFilters(directory.areas(user), this::refresh);
        adding = new AddOrganisationPanel(directory, user, this::refresh);
        adding.setVisible(false);
        startAdding.setText(getTranslation("directory.add"));
        startAdding.setId("directory-start-adding");
        startAdding.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startAdding.addClickListener(click -> {
            adding.setVisible(true);
            adding.focus();
        });
        showWaiting.setId("directory-show-waiting");
        showWaiting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showWaiting.addClickListener(click -> filters.status.setValue(OrganisationStatus.PROPOSED));
        count.setId("directory-count");
        count.getElement().setAttribute("role", "status");
        Div actions = new Div(startAdding, showWaiting);
        actions.addClassName("pp-actions");
        add(heading, new Paragraph(getTranslation("directory.intro")), actions, adding, filters, count, grid());
        refresh();
    }

    /** The least a column takes: four of them fit a 390px phone beside the page's margins. */
    private static final String NARROW = "4.5rem";

    private Grid<DirectoryListing> grid() {
        grid.setId("directory-grid");
        grid.addClassName("pp-grid-linked"); // the first column's links fill their cells (theme CSS)
        grid.addComponentColumn(entry -> {
            Anchor open = new Anchor("organisations/" + entry.id(), entry.name());
            open.setId("directory-open-" + entry.id());
            open.addClassName("pp-grid-link");
            return open;
        }).setHeader(getTranslation("directory.column.name")).setWidth(NARROW).setFlexGrow(2);
        grid.addColumn(entry -> DirectoryTexts.kind(this, entry.kind()))
                .setHeader(getTranslation("directory.column.kind")).setWidth(NARROW);
        grid.addColumn(entry -> String.join(", ", entry.areas())).setHeader(getTranslation("directory.column.areas"))
                .setWidth(NARROW);
        grid.addComponentColumn(entry -> DirectoryTexts.badge(this, entry.status()))
                .setHeader(getTranslation("directory.column.status")).setWidth(NARROW);
        // narrow columns that grow, with wrapping text: the whole grid fits a phone, nothing hides off to the side
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> directory.search(user, filters.current(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(user, filters.current()));
        grid.setAllRowsVisible(false);
        return grid;
    }

    /** The list, its count and the entries waiting for confirmation, read again with the filters as they are. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("directory.count", directory.count(user, filters.current())));
        DirectorySearch waiting = new DirectorySearch(null, null, null, null, OrganisationStatus.PROPOSED);
        int proposed = directory.count(user, waiting);
        showWaiting.setText(getTranslation("directory.showWaiting", proposed));
        showWaiting.setVisible(proposed > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.heading");
    }
}
