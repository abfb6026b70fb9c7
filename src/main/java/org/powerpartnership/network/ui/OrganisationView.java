package org.powerpartnership.network.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.OrganisationContacts;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationMembers;
import org.powerpartnership.network.OrganisationMerger;
import org.powerpartnership.network.OrganisationRelationships;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;

/**
 * One organisation's page in the directory: confirming it when an officer proposed it, its details (editable), its
 * contacts, its members (an administrator links a partner's account here), its relationship with the council over
 * time, and merging it into another entry. An unknown number says so in the page, inside the usual layout.
 */
@Route("organisations/:organisationId")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class OrganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph status = new Paragraph();

    private final transient OrganisationDirectory directory;
    private final transient OrganisationContacts contacts;
    private final transient OrganisationMembers members;
    private final transient OrganisationRelationships relationships;
    private final transient OrganisationMerger merger;
    private final SignedInUser user;
    private final ZoneId zone;
    private String title;
    private long organisationId;
    MergeSection merge;

    OrganisationView(OrganisationDirectory directory, OrganisationContacts contacts, OrganisationMembers members,
                     OrganisationRelationships relationships, OrganisationMerger merger, Clock clock,
                     CurrentUser currentUser) {
        this.directory = directory;
        this.contacts = contacts;
        this.members = members;
        this.relationships = relationships;
        this.merger = merger;
        this.zone = clock.getZone();
        this.user = currentUser.requireAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassName("pp-admin");
        status.setId("organisation-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("organisationId").flatMap(OrganisationView::number);
        Optional<DirectoryEntry> entry = id.flatMap(value -> directory.find(user, value));
        if (entry.isEmpty()) {
            showNotFound();
            return;
        }
        organisationId = id.get();
        render(entry.get());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void showNotFound() {
        removeAll();
        title = getTranslation("directory.notFound");
        H1 heading = new H1(title);
        heading.setId("organisation-not-found");
        add(heading, new Paragraph(getTranslation("directory.notFound.help")),
                new Anchor("organisations", getTranslation("directory.backToList")));
    }

    /** Reads the entry again and draws the page, keeping the status line's message. */
    void refresh(String message) {
        directory.find(user, organisationId).ifPresentOrElse(this::render, this::showNotFound);
        status.setText(message);
    }

    private void render(DirectoryEntry entry) {
        removeAll();
        title = entry.name();
        Anchor back = new Anchor("organisations", getTranslation("directory.backToList"));
        back.setId("organisation-back");
        H1 heading = new H1(entry.name());
        heading.setId("organisation-heading");
        Paragraph facts = new Paragraph(new Span(DirectoryTexts.kind(this, entry.kind())), new Span(" · "),
                DirectoryTexts.badge(this, entry.status()));
        facts.setId("organisation-facts");
        add(back, heading, facts, status);
        if (entry.status() == OrganisationStatus.MERGED && entry.mergedInto() != null) {
            Anchor kept = new Anchor("organisations/" + entry.mergedInto(), getTranslation("directory.mergedAway.link"));
            kept.setId("organisation-merged-into");
            add(new Paragraph(new Span(getTranslation("directory.mergedAway") + " "), kept));
            return;
        }
        merge = new MergeSection(entry, merger, directory, user, zone, this::mergedAway);
        if (entry.waitsForConfirmation()) {
            add(new ConfirmationPanel(entry, directory, user, zone, merge, this::refresh));
        }
        add(new DetailsSection(entry, directory, user, merge, this::refresh),
                new ContactsSection(entry.id(), contacts, user, zone),
                new MembersSection(entry.id(), entry.name(), members, user),
                new RelationshipsSection(relationships.of(user, entry.id()), zone),
                merge);
    }

    private void mergedAway(long keptId, String message) {
        getUI().ifPresent(ui -> ui.navigate("organisations/" + keptId));
        status.setText(message);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("directory.notFound") : title;
    }
}
