package org.powerpartnership.notification.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.notification.FailedMail;
import org.powerpartnership.notification.FailedMails;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.ui.CouncilDates;

/**
 * For admins: notices whose mail was given up on after every retry, with who they were for, why they failed, and
 * "Send again", which puts one back to be mailed at once (a double click sends it once).
 */
@Route("admin/mail")
@Menu(title = "nav.failedMails", order = 101)
@RolesAllowed(Roles.ADMIN)
class FailedMailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FailedMails failedMails;
    final UnorderedList list = new UnorderedList();
    final Paragraph status = new Paragraph();

    FailedMailsView(FailedMails failedMails) {
        this.failedMails = failedMails;
        list.setId("failed-mails");
        status.setId("failed-mails-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("failedMails.heading")), new Paragraph(getTranslation("failedMails.intro")),
                status, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        List<FailedMail> failed = failedMails.list();
        status.setText(failed.isEmpty() ? getTranslation("failedMails.none")
                : getTranslation("failedMails.count", failed.size()));
        failed.forEach(mail -> list.add(item(mail)));
    }

    private ListItem item(FailedMail mail) {
        ListItem item = new ListItem();
        item.addClassName("pp-failed-mail");
        DescriptionList details = new DescriptionList();
        detail(details, "failedMails.recipient", mail.recipient());
        detail(details, "failedMails.attempts", String.valueOf(mail.attempts()));
        detail(details, "failedMails.lastError", mail.lastError());
        detail(details, "failedMails.when", CouncilDates.dateTime(this, mail.writtenAt()));
        Button again = new Button(getTranslation("failedMails.sendAgain"));
        again.addClassName("pp-send-again");
        again.getElement().setAttribute("aria-label", getTranslation("failedMails.sendAgainTo", mail.subject(),
                mail.recipient()));
        again.setDisableOnClick(true);
        again.addClickListener(click -> {
            boolean putBack = failedMails.sendAgain(mail.noticeId());
            status.setText(getTranslation(putBack ? "failedMails.sentAgain" : "failedMails.alreadyAgain",
                    mail.subject(), mail.recipient()));
            list.remove(item);
        });
        item.add(new H2(mail.subject()), details, again);
        return item;
    }

    private static void detail(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("failedMails.title");
    }
}
