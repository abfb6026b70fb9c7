package org.powerpartnership.notification.ui;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.notification.NoticeInbox;
import org.powerpartnership.notification.NoticeLine;
import org.powerpartnership.shared.ui.CouncilDates;

/**
 * Everything the signed-in person was told, newest first, a page at a time. Unread notices say so in words (and
 * look different), each leads to the page it is about, and following that link marks it read.
 */
@Route("notices")
@PermitAll
class NoticesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NoticeInbox inbox;
    final UnorderedList list = new UnorderedList();
    final Button showMore = new Button();
    final Button markAllRead = new Button();
    private final Paragraph summary = new Paragraph();
    private int shown;

    NoticesView(NoticeInbox inbox) {
        this.inbox = inbox;
        addClassName("pp-notices");
        list.setId("notices-list");
        list.addClassName("pp-notice-list");
        summary.setId("notices-summary");
        summary.getElement().setAttribute("role", "status");
        markAllRead.setText(getTranslation("notices.markAllRead"));
        markAllRead.setId("notices-mark-all-read");
        markAllRead.addClickListener(click -> {
            inbox.markAllRead();
            // the same page again: the list and the header's count both show everything read
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        showMore.setText(getTranslation("notices.showMore"));
        showMore.setId("notices-show-more");
        showMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showMore.addClickListener(click -> showNextPage());
        add(new H1(getTranslation("notices.heading")), summary, markAllRead, list, showMore);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        shown = 0;
        long unread = inbox.unreadCount();
        summary.setText(unread == 0 ? getTranslation("notices.allRead") : getTranslation("notices.unreadCount", unread));
        markAllRead.setEnabled(unread > 0);
        showNextPage();
        if (shown == 0) {
            summary.setText(getTranslation("notices.none"));
        }
    }

    private void showNextPage() {
        // a full page may have more behind it; a short one is the end
        List<NoticeLine> page = inbox.page(shown, NoticeInbox.PAGE_SIZE);
        page.forEach(notice -> list.add(item(notice)));
        shown += page.size();
        showMore.setVisible(page.size() == NoticeInbox.PAGE_SIZE);
    }

    private ListItem item(NoticeLine notice) {
        ListItem item = new ListItem();
        item.setId("notice-" + notice.id());
        item.addClassName("pp-notice");
        H2 subject = new H2();
        subject.addClassName("pp-notice-subject");
        if (!notice.read()) {
            // said in words, not only by its look
            item.addClassName("pp-notice-unread");
            Span unread = new Span(getTranslation("notices.unread"));
            unread.addClassName("pp-notice-unread-label");
            subject.add(unread, new Text(" "));
        }
        subject.add(new Text(notice.subject()));
        Paragraph when = new Paragraph(CouncilDates.dateTime(this, notice.createdAt()));
        when.addClassName("pp-notice-when");
        Div text = new Div();
        text.addClassName("pp-prose");
        notice.text().lines().filter(line -> !line.isBlank()).forEach(line -> text.add(new Paragraph(line)));
        item.add(subject, when, text);
        if (notice.link() != null) {
            // through the opening page, which marks the notice read and goes on to where it leads
            Anchor open = new Anchor("notices/open/" + notice.id(), getTranslation("notices.open"));
            open.addClassName("pp-notice-open");
            item.add(new Paragraph(open));
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title");
    }
}
