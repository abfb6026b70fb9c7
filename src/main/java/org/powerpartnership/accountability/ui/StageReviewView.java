package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageReview;
import org.powerpartnership.accountability.StageReviews;
import org.powerpartnership.accountability.Tally;
import org.powerpartnership.accountability.Vote;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One stage's sign-off: the evidence bundle assembled from the records, then the vote taken from
 * {@code forms/panel-vote.form}. After voting the member sees the gate's state and the votes so far, and may change
 * their vote until the gate closes. Anyone who did the stage's work sees why they cannot vote.
 */
@Route("panel/review/:gateId")
@RolesAllowed({Roles.PANEL, Roles.OFFICER, Roles.SPONSOR, Roles.ADMIN})
class StageReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VOTE_FORM = "panel-vote";

    private final StageReviews reviews;
    private final SignOffService signOff;
    private final WorkService work;
    private final FormCatalog forms;
    private final FormValidator validator;
    private final CurrentUser currentUser;
    private long gateId;
    private String title = "";

    StageReviewView(StageReviews reviews, SignOffService signOff, WorkService work, FormCatalog forms,
                    FormValidator validator, CurrentUser currentUser) {
        this.reviews = reviews;
        this.signOff = signOff;
        this.work = work;
        this.forms = forms;
        this.validator = validator;
        this.currentUser = currentUser;
        addClassName("pp-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        gateId = event.getRouteParameters().getLong("gateId").orElse(-1L);
        show(null);
    }

    private void show(String statusKey) {
        removeAll();
        SignedInUser user = currentUser.require();
        StageReview review;
        try {
            review = reviews.review(user, gateId);
        } catch (AccessDeniedException | IllegalArgumentException notYours) {
            title = getTranslation("review.missing.title");
            Paragraph missing = new Paragraph(getTranslation("review.missing"));
            missing.setId("review-missing");
            add(new H1(title), missing, new Anchor("panel", getTranslation("review.backToQueue")));
            return;
        }
        Gate gate = review.gate();
        String stage = Texts.stage(this, gate.stage().name());
        title = getTranslation("review.title", stage, review.consultationTitle());
        H1 heading = new H1(title);
        heading.setId("review-heading");
        Paragraph context = new Paragraph(getTranslation("review.context", review.consultationTitle(),
                review.consultationRef(), gate.round()));
        add(heading, context);
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId("review-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
            status.scrollIntoView(); // the form was further down: bring the outcome into sight
        }
        add(gateState(review), ReviewEvidence.summary(this, review));
        // After a return, what the team changed comes first: it is what the panel looks at again.
        reviews.changesSinceReturn(user, gateId).ifPresent(changes -> add(ReviewChanges.section(this, changes)));
        if (gate.stage() == StageKey.EARLY_ENGAGEMENT) {
            add(SurveyEvidenceSection.of(this, reviews.survey(user, gateId)));
        }
        add(ReviewEvidence.work(this, review), ReviewParticipants.section(this, review));
        ThemeEvidence.section(this, review).or(() -> ResponseEvidenceSection.of(this, reviews, user, gate))
                .ifPresent(this::add);
        add(ReviewEvidence.links(this, review), ReviewEvidence.earlierRounds(this, review), vote(user, review));
    }

    private Component gateState(StageReview review) {
        Gate gate = review.gate();
        Tally tally = review.tally();
        Section section = section("review-gate", "review.gate.heading");
        Paragraph state;
        if (gate.isOpen()) {
            state = new Paragraph(getTranslation("review.gate.open", Texts.dateTime(this, gate.deadlineAt()),
                    tally.approvals() + tally.returns(), tally.eligible(), tally.required()));
        } else {
            state = new Paragraph(Texts.badge(this, "review.outcome." + gate.outcome(),
                    Gate.APPROVED.equals(gate.outcome()) ? "good" : "warn"),
                    new Span(" " + getTranslation("review.gate.closed", Texts.dateTime(this, gate.closedAt()),
                            tally.approvals(), tally.returns(), tally.eligible())));
        }
        state.setId("gate-state");
        section.add(state);
        Paragraph rules = new Paragraph(getTranslation("review.gate.rules", tally.required(), tally.eligible()));
        rules.setId("gate-rules");
        section.add(rules);
        if (gate.sponsorNote() != null) {
            section.add(new Paragraph(getTranslation("review.gate.sponsorNote", gate.sponsorNote())));
        }
        return section;
    }

    private Component vote(SignedInUser user, StageReview review) {
        Section section = section("vote-section", "review.vote.heading");
        Gate gate = review.gate();
        StageReview.Standing standing = review.standing();
        switch (standing.kind()) {
            case MAY_VOTE -> {
                TaskForm form = new TaskForm(forms.byId(VOTE_FORM), validator, "vote",
                        getTranslation("review.vote.submit"),
                        values -> work.complete(user, standing.voteTaskId(), values),
                        outcome -> show(outcome == TaskForm.Outcome.DONE ? "review.vote.done" : "review.vote.gone"));
                section.add(form);
            }
            case VOTED -> {
                Vote vote = standing.vote();
                Paragraph mine = new Paragraph(getTranslation("review.vote.yours",
                        getTranslation("review.decision." + vote.decision()),
                        Texts.dateTime(this, vote.changedAt() == null ? vote.castAt() : vote.changedAt())));
                mine.setId("my-vote");
                section.add(mine);
                if (vote.reasons() != null) {
                    section.add(new Paragraph(getTranslation("review.vote.yourReasons", vote.reasons())));
                }
                if (standing.mayChangeVote(gate)) {
                    Div change = new Div();
                    TaskForm form = new TaskForm(forms.byId(VOTE_FORM), validator, "vote-change",
                            getTranslation("review.vote.changeSubmit"),
                            values -> signOff.changeVote(user, gate.id(), (String) values.get("decision"),
                                    Vote.writtenWith(values)),
                            outcome -> show("review.vote.changed"));
                    form.setValues(vote.formValues());
                    form.setVisible(false);
                    Button open = new Button(getTranslation("review.vote.change"), click -> {
                        form.setVisible(true);
                        click.getSource().setVisible(false);
                    });
                    open.setId("vote-change");
                    change.add(new Paragraph(getTranslation("review.vote.changeHint")), open, form);
                    section.add(change);
                } else {
                    Paragraph closed = new Paragraph(getTranslation("review.vote.final"));
                    closed.setId("vote-final");
                    section.add(closed);
                }
            }
            case OWN_WORK -> {
                Paragraph refused = new Paragraph(getTranslation("review.vote.ownWork",
                        String.join(", ", standing.ownWork())));
                refused.setId("vote-refused");
                refused.addClassName("pp-notice");
                section.add(refused);
            }
            case NOT_A_VOTER -> {
                Paragraph none = new Paragraph(getTranslation(gate.isOpen() ? "review.vote.notAVoter"
                        : "review.vote.closedBeforeVote"));
                none.setId("vote-not-a-voter");
                section.add(none);
            }
            default -> {
                Paragraph reader = new Paragraph(getTranslation("review.vote.reader"));
                reader.setId("vote-reader");
                section.add(reader);
            }
        }
        if (standing.kind() != StageReview.Standing.Kind.MAY_VOTE) {
            section.add(votesSoFar(user, review));
        }
        return section;
    }

    /** The votes of this round, once the reader has voted or cannot vote: never before their own vote. */
    private Component votesSoFar(SignedInUser user, StageReview review) {
        Div votes = new Div();
        votes.setId("votes-so-far");
        votes.add(new H3(getTranslation(review.gate().isOpen() ? "review.votes.heading" : "review.votes.headingClosed")));
        List<StageReview.PanelVote> list = reviews.votes(user, review.gate().id());
        if (list.isEmpty()) {
            votes.add(new Paragraph(getTranslation("review.votes.none")));
            return votes;
        }
        UnorderedList items = new UnorderedList();
        for (StageReview.PanelVote vote : list) {
            String decision = getTranslation("review.decision." + vote.decision());
            items.add(new ListItem(vote.reasons() == null
                    ? getTranslation("review.votes.item", vote.voterName(), decision)
                    : getTranslation("review.votes.itemWithReasons", vote.voterName(), decision, vote.reasons())));
        }
        votes.add(items);
        return votes;
    }

    private Section section(String id, String headingKey) {
        return Texts.section(this, id, headingKey);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("review.missing.title") : title;
    }
}
