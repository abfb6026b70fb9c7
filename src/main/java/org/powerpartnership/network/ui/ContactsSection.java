package org.powerpartnership.network.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.network.OrganisationContacts;
import org.powerpartnership.network.OrganisationContacts.Contact;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * The organisation's named contacts, each with the words they agreed to and when, and removing one; adding a contact
 * asks for their agreement, shown in the exact words that are then kept with them.
 */
class ContactsSection extends DirectorySection {

    final TextField name = new TextField();
    final TextField jobTitle = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Checkbox consent = new Checkbox();
    final Button add = new Button();
    final Paragraph status = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    private final transient OrganisationContacts contacts;
    private final SignedInUser user;
    private final long organisationId;
    private final ZoneId zone;

    ContactsSection(long organisationId, OrganisationContacts contacts, SignedInUser user, ZoneId zone) {
        super("organisation-contacts", "directory.contacts.heading");
        this.contacts = contacts;
        this.user = user;
        this.organisationId = organisationId;
        this.zone = zone;
        list.setId("organisation-contact-list");
        name.setLabel(getTranslation("directory.contact.name"));
        name.setId("contact-name");
        jobTitle.setLabel(getTranslation("directory.contact.jobTitle"));
        jobTitle.setId("contact-job-title");
        email.setLabel(getTranslation("directory.contact.email"));
        email.setId("contact-email");
        phone.setLabel(getTranslation("directory.contact.phone"));
        phone.setId("contact-phone");
        consent.setLabel(getTranslation("directory.contact.consentWording"));
        consent.setId("contact-consent");
        add.setText(getTranslation("directory.contact.add"));
        add.setId("contact-add");
        add.setDisableOnClick(true);
        add.addClickListener(click -> addContact());
        status.setId("contact-status");
        status.getElement().setAttribute("role", "status");
        Div form = new Div(new H3(getTranslation("directory.contact.addHeading")), name, jobTitle, email, phone,
                consent, add, status);
        form.addClassName("pp-form");
        add(list, form);
        showContacts();
    }

    private void showContacts() {
        list.removeAll();
        List<Contact> all = contacts.of(user, organisationId);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("directory.contacts.none")));
        }
        for (Contact contact : all) {
            String reach = String.join(", ", java.util.stream.Stream.of(contact.jobTitle(), contact.email(),
                    contact.phone()).filter(v -> v != null && !v.isBlank()).toList());
            Button remove = new Button(getTranslation("directory.contact.remove", contact.name()));
            remove.setId("contact-remove-" + contact.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                contacts.remove(user, contact.id());
                status.setText(getTranslation("directory.contact.removed", contact.name()));
                showContacts();
            });
            ListItem item = new ListItem(new Paragraph(contact.name() + (reach.isEmpty() ? "" : " · " + reach)),
                    new Paragraph(getTranslation("directory.contact.agreed",
                            CouncilDates.dateTime(this, contact.consentedAt(), zone), contact.consentWording())),
                    remove);
            item.setId("contact-" + contact.id());
            list.add(item);
        }
    }

    void addContact() {
        try {
            contacts.add(user, organisationId, new OrganisationContacts.NewContact(name.getValue(),
                    jobTitle.getValue(), email.getValue(), phone.getValue(), consent.getValue(),
                    consent.getLabel()));
            status.setText(getTranslation("directory.contact.added", name.getValue().strip()));
            name.clear();
            jobTitle.clear();
            email.clear();
            phone.clear();
            consent.clear();
            showProblems(List.of());
            showContacts();
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
            status.setText("");
        } finally {
            add.setEnabled(true);
        }
    }

    private void showProblems(List<org.powerpartnership.shared.FieldProblem> problems) {
        FieldProblems.show(this, problems, Map.of("contactName", name, "contactJobTitle", jobTitle,
                "contactEmail", email, "contactPhone", phone, "contactConsent", consent));
    }
}
