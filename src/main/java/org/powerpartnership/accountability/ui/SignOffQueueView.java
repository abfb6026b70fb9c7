package org.powerpartnership.accountability.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.PanelConsent;
import org.powerpartnership.accountability.SignOffQueue;
import org.powerpartnership.accountability.StageReview;
import org.powerpartnership.accountability.Tally;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;

/**
 * A panel member's sign-offs across their consultations: what waits for their vote (soonest deadline first), how
 * many have voted, what was decided lately, and whether the public record may show their name.
 */
@Route("panel")
@Menu(title = "nav.signOffs", order = 20)
@RolesAllowed(Roles.PANEL)
class SignOffQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SignOffQueue queue;
    private final PanelConsent consent;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final StepDownSection stepDown;

    SignOffQueueView(SignOffQueue queue, PanelConsent consent, CurrentUser currentUser, Clock clock,
                     StepDownSection stepDown) {
        this.stepDown = stepDown;
        this.queue = queue;
        this.consent = consent;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser member = currentUser.require();
        removeAll();
        add(new H1(getTranslation("queue.heading")), new Paragraph(getTranslation("queue.intro")));
        add(open(member), recent(member), consent(member), stepDown.refreshed());
    }

    private Component open(SignedInUser member) {
        Section section = section("open-sign-offs", "queue.open.heading");
        List<SignOffQueue.Entry> entries = queue.open(member);
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("queue.open.none"));
            none.setId("no-open-sign-offs");
            section.add(none);
        }
        entries.forEach(entry -> section.add(card(entry)));
        return section;
    }

    private Component recent(SignedInUser member) {
        Section section = section("recent-sign-offs", "queue.recent.heading");
        List<SignOffQueue.Entry> entries = queue.recentlyDecided(member);
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("queue.recent.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pp-recent");
        for (SignOffQueue.Entry entry : entries) {
            Gate gate = entry.gate();
            ListItem item = new ListItem();
            item.setId("sign-off-" + gate.id());
            Anchor review = new Anchor("panel/review/" + gate.id(), getTranslation("queue.card.title",
                    Texts.stage(this, gate.stage().name()), entry.consultationTitle()));
            review.setId("review-gate-" + gate.id());
            Span you = new Span(you(entry.standing()));
            you.setId("sign-off-" + gate.id() + "-you");
            item.add(review, new Span(" "), Texts.badge(this, "review.outcome." + gate.outcome(),
                    Gate.APPROVED.equals(gate.outcome()) ? "good" : "warn"),
                    new Span(" " + getTranslation("queue.recent.item", gate.round(), Texts.date(this, gate.closedAt()))
                            + " "), you);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Article card(SignOffQueue.Entry entry) {
        Gate gate = entry.gate();
        Tally tally = entry.tally();
        String stage = Texts.stage(this, gate.stage().name());
        Article card = new Article(new H3(getTranslation("queue.card.title", stage, entry.consultationTitle())));
        card.setId("sign-off-" + gate.id());
        card.addClassName("pp-card");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("pp-facts");
        Texts.fact(facts, getTranslation("queue.card.round"), String.valueOf(gate.round()));
        if (gate.isOpen()) {
            Span deadline = new Span(Texts.dateTime(this, gate.deadlineAt()));
            if (gate.deadlineAt().isBefore(clock.instant())) {
                deadline.add(new Span(" "), Texts.badge(this, "queue.card.pastDeadline", "warn"));
            }
            Texts.fact(facts, getTranslation("queue.card.deadline"), deadline);
            Span votes = new Span(getTranslation("queue.card.votes", tally.approvals() + tally.returns(),
                    tally.eligible(), tally.required()));
            votes.setId("sign-off-" + gate.id() + "-votes");
            Texts.fact(facts, getTranslation("queue.card.votesTerm"), votes);
        } else {
            Texts.fact(facts, getTranslation("queue.card.decided"), new Span(
                    Texts.badge(this, "review.outcome." + gate.outcome(),
                            Gate.APPROVED.equals(gate.outcome()) ? "good" : "warn"),
                    new Span(" " + Texts.date(this, gate.closedAt()))));
        }
        Span you = new Span(you(entry.standing()));
        you.setId("sign-off-" + gate.id() + "-you");
        Texts.fact(facts, getTranslation("queue.card.you"), you);
        card.add(facts);
        boolean mayVote = entry.standing().kind() == StageReview.Standing.Kind.MAY_VOTE;
        Anchor review = new Anchor("panel/review/" + gate.id(),
                getTranslation(mayVote ? "queue.card.reviewAndVote" : "queue.card.review"));
        review.setId("review-gate-" + gate.id());
        review.addClassName(mayVote ? "pp-action" : "pp-link");
        card.add(review);
        return card;
    }

    private String you(StageReview.Standing standing) {
        return switch (standing.kind()) {
            case MAY_VOTE -> getTranslation("queue.you.mayVote");
            case VOTED -> getTranslation("queue.you.voted",
                    getTranslation("review.decision." + standing.vote().decision()));
            case OWN_WORK -> getTranslation("queue.you.ownWork");
            default -> getTranslation("queue.you.notAVoter");
        };
    }

    private Component consent(SignedInUser member) {
        Section section = section("name-consent", "queue.consent.heading");
        if (!consent.sitsAsResident(member.userId())) {
            section.add(new Paragraph(getTranslation("queue.consent.public")));
            return section;
        }
        section.add(new Paragraph(getTranslation("queue.consent.intro")));
        Checkbox showName = new Checkbox(getTranslation("queue.consent.label"),
                consent.decisionOf(member.userId()).orElse(false));
        showName.setId("consent-show-name");
        Paragraph saved = new Paragraph();
        saved.setId("consent-saved");
        saved.getElement().setAttribute("role", "status");
        showName.addValueChangeListener(change -> {
            consent.decide(member, change.getValue());
            saved.setText(getTranslation(change.getValue() ? "queue.consent.shown" : "queue.consent.withheld"));
        });
        section.add(showName, saved);
        return section;
    }

    private Section section(String id, String headingKey) {
        return Texts.section(this, id, headingKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
