package org.powerpartnership.network.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/** Requests to join an organisation, for its admins: who asks, their message, and approve or decline with notes. */
class JoinRequestsSection extends Section {

    JoinRequestsSection(OrganisationApplications applications, AccountService accounts, SignedInUser admin,
                        long organisationId, Consumer<String> changed) {
        add(new H2(getTranslation("joining.our.requests")));
        setId("our-organisation-requests");
        List<Application> waiting = applications.waitingForAdmins(admin, organisationId);
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("joining.our.requests.none")));
        }
        for (Application request : waiting) {
            String name = accounts.person(request.applicant()).map(Person::displayName).orElse(request.applicant());
            String email = accounts.person(request.applicant()).map(Person::email).orElse("");
            Article card = new Article(new H3(getTranslation("joining.our.request", name, email)));
            card.addClassName("pp-card");
            card.setId("join-request-" + request.id());
            if (request.message() != null) {
                card.add(new Paragraph(request.message()));
            }
            TextArea notes = new TextArea(getTranslation("joining.our.request.notes"));
            notes.setId("join-request-notes-" + request.id());
            notes.setMaxLength(1000);
            Button approve = new Button(getTranslation("joining.our.request.approve", name));
            approve.setId("join-request-approve-" + request.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("joining.our.request.decline", name));
            decline.setId("join-request-decline-" + request.id());
            approve.addClickListener(click -> decide(applications, admin, request, true, notes, changed,
                    getTranslation("joining.our.request.approved", name)));
            decline.addClickListener(click -> decide(applications, admin, request, false, notes, changed,
                    getTranslation("joining.our.request.declined", name)));
            card.add(notes, approve, decline);
            add(card);
        }
    }

    private void decide(OrganisationApplications applications, SignedInUser admin, Application request,
                        boolean approve, TextArea notes, Consumer<String> changed, String done) {
        try {
            applications.decide(admin, request.id(), approve, notes.getValue());
            changed.accept(done);
        } catch (InvalidInputException refused) {
            // too long notes, or decided meanwhile by another admin: said beside the notes, which stay as typed
            notes.setErrorMessage(refused.problems().stream().map(p -> FieldProblems.message(this, p))
                    .reduce((a, b) -> a + " " + b).orElse(""));
            notes.setInvalid(true);
        }
    }
}
