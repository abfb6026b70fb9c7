package org.powerpartnership.notification.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.notification.NoticeInbox;

/**
 * Where a notice's link goes first: it marks the notice read and goes on to the page the notice is about. A notice
 * that is not the person's own, or leads nowhere, goes back to their list.
 */
@Route("notices/open")
@PermitAll
class OpenNoticeView extends Main implements HasUrlParameter<Long> {

    private final transient NoticeInbox inbox;

    OpenNoticeView(NoticeInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void setParameter(BeforeEvent event, Long noticeId) {
        String link = inbox.markRead(noticeId).filter(OpenNoticeView::isOurPage).orElse("/notices");
        int query = link.indexOf('?');
        String path = (query < 0 ? link : link.substring(0, query)).substring(1);
        QueryParameters parameters = query < 0 ? QueryParameters.empty()
                : QueryParameters.fromString(link.substring(query + 1));
        event.forwardTo(path, parameters);
    }

    /** Only a path of ours: never another site, whatever a notice was written with. */
    private static boolean isOurPage(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
