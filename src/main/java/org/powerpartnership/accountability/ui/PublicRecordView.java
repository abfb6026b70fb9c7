package org.powerpartnership.accountability.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.accountability.DecidedTheme;
import org.powerpartnership.accountability.PanelRecord;
import org.powerpartnership.accountability.PublicRecord;
import org.powerpartnership.accountability.Vote;

/**
 * One consultation's public accountability record, for anyone: the stages with their dates, every round of the
 * panel's sign-off with its decision and reasons (resident panel members named only with their consent), the team's
 * answers to returns, the published response ("you asked, you said, we did"), each commitment with its status and
 * review history, and the sponsor's answers to escalations.
 */
@Route("record/:ref")
@AnonymousAllowed
class PublicRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRecord records;
    private final ConsultationPauses pauses;
    private final PanelRecord panelRecord;
    private String title = "";

    PublicRecordView(PublicRecord records, ConsultationPauses pauses, PanelRecord panelRecord) {
        this.records = records;
        this.pauses = pauses;
        this.panelRecord = panelRecord;
        addClassName("pp-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String ref = event.getRouteParameters().get("ref").orElse("");
        Optional<PublicRecord.ConsultationRecord> found = records.record(ref);
        if (found.isEmpty()) {
            title = getTranslation("record.missing.title");
            Paragraph missing = new Paragraph(getTranslation("record.missing"));
            missing.setId("record-missing");
            add(new H1(title), missing, new Anchor("record", getTranslation("record.backToLog")));
            return;
        }
        PublicRecord.ConsultationRecord record = found.get();
        title = getTranslation("record.title", record.title());
        H1 heading = new H1(record.title());
        heading.setId("record-heading");
        add(heading, new Paragraph(record.summary()));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("pp-facts");
        Texts.fact(facts, getTranslation("record.ref"), record.ref());
        if (record.area() != null) {
            Texts.fact(facts, getTranslation("record.area"), record.area());
        }
        Texts.fact(facts, getTranslation("record.launched"), Texts.date(this, record.launchedAt()));
        Texts.fact(facts, getTranslation("record.status"), record.completedAt() != null
                ? getTranslation("record.completed", Texts.date(this, record.completedAt()))
                : record.currentStage() == null ? getTranslation("record.running")
                : getTranslation("record.currentStage", Texts.stage(this, record.currentStage())));
        pauses.publicNotice(record.ref()).ifPresent(notice -> {
            Span pause = new Span(getTranslation(notice.kind() == PauseKind.PAUSE ? "public.paused" : "public.withdrawn",
                    Texts.date(this, notice.since()), notice.reason()));
            pause.setId("record-pause");
            Texts.fact(facts, getTranslation("record.pause"), pause);
        });
        if (!record.windowExtensions().isEmpty()) {
            UnorderedList extended = new UnorderedList();
            extended.setId("record-window-extensions");
            record.windowExtensions().forEach(e -> extended.add(new ListItem(getTranslation("public.windowExtended",
                    Texts.date(this, e.from()), Texts.date(this, e.to()), e.reason()))));
            Texts.fact(facts, getTranslation("record.windowExtensions"), extended);
        }
        add(facts, stages(record), PanelChangesRecord.of(this, panelRecord.of(record.ref())), response(record),
                commitments(record), sponsor(record), openData(record));
    }

    private Component stages(PublicRecord.ConsultationRecord record) {
        Section section = Texts.section(this, "record-stages", "record.stages.heading");
        section.add(new Paragraph(getTranslation("record.stages.intro")));
        if (record.stages().isEmpty()) {
            section.add(new Paragraph(getTranslation("record.stages.none")));
        }
        for (PublicRecord.StageEntry stage : record.stages()) {
            Article article = new Article(new H3(Texts.stage(this, stage.stage().name())));
            article.setId("record-stage-" + stage.stage().name());
            article.addClassName("pp-card");
            DescriptionList dates = new DescriptionList();
            dates.addClassName("pp-facts");
            Texts.fact(dates, getTranslation("record.stage.opened"), Texts.date(this, stage.openedAt()));
            if (stage.signedOffAt() != null) {
                Texts.fact(dates, getTranslation("record.stage.signedOff"), Texts.date(this, stage.signedOffAt()));
            } else {
                Texts.fact(dates, getTranslation("record.stage.statusTerm"),
                        getTranslation("record.stage.status." + stage.status()));
            }
            article.add(dates);
            for (PublicRecord.Decision decision : stage.rounds()) {
                article.add(decision(stage, decision));
            }
            section.add(article);
        }
        return section;
    }

    private Component decision(PublicRecord.StageEntry stage, PublicRecord.Decision decision) {
        Div round = new Div();
        round.addClassName("pp-round");
        round.setId("record-" + stage.stage().name() + "-round-" + decision.round());
        round.add(new H4(getTranslation("record.round.title", decision.round())));
        if (decision.isOpen()) {
            round.add(new Paragraph(getTranslation("record.round.open", Texts.date(this, decision.deadlineAt()),
                    decision.votesCast(), decision.eligible())));
            return round;
        }
        Paragraph outcome = new Paragraph(Texts.badge(this, "review.outcome." + decision.outcome(),
                "APPROVED".equals(decision.outcome()) ? "good" : "warn"));
        outcome.add(new Span(" " + getTranslation("record.round.closed", Texts.date(this, decision.closedAt()),
                decision.approvals(), decision.returns(), decision.eligible(), decision.quorum())));
        outcome.setId(round.getId().orElseThrow() + "-outcome");
        round.add(outcome);
        if (decision.sponsorNote() != null) {
            round.add(new Paragraph(getTranslation("record.round.sponsor",
                    getTranslation("record.sponsorDecision." + decision.sponsorDecision()), decision.sponsorNote())));
        }
        UnorderedList votes = new UnorderedList();
        votes.addClassName("pp-votes");
        for (PublicRecord.PublicVote vote : decision.votes()) {
            String who = vote.name() == null ? getTranslation("record.anonymousMember") : vote.name();
            ListItem item = new ListItem(getTranslation("record.vote", who,
                    getTranslation("review.decision." + vote.decision())));
            if (vote.reasons() != null && !vote.reasons().isBlank()) {
                Paragraph reasons = new Paragraph(vote.reasons());
                reasons.addClassName("pp-quote");
                item.add(reasons);
            }
            if (vote.changedAt() != null) {
                item.add(new Paragraph(getTranslation("record.vote.changed", Texts.date(this, vote.changedAt()))));
            }
            votes.add(item);
        }
        if (!decision.votes().isEmpty()) {
            round.add(votes);
        }
        if (decision.teamAnswer() != null) {
            Paragraph answer = new Paragraph(getTranslation("record.round.answer", Texts.date(this,
                    decision.answeredAt())));
            Paragraph text = new Paragraph(decision.teamAnswer());
            text.addClassName("pp-quote");
            round.add(answer, text);
        } else if (decision.votes().stream().anyMatch(vote -> Vote.RETURN.equals(vote.decision()))
                && "RETURNED".equals(decision.outcome())) {
            round.add(new Paragraph(getTranslation("record.round.awaitingAnswer")));
        }
        return round;
    }

    private Component response(PublicRecord.ConsultationRecord record) {
        Section section = Texts.section(this, "record-response", "record.response.heading");
        if (record.response() == null) {
            section.add(new Paragraph(getTranslation("record.response.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("record.response.published",
                Texts.date(this, record.response().publishedAt()))));
        section.add(quoteBlock("record.response.youAsked", record.response().youAsked(), "response-you-asked"),
                quoteBlock("record.response.youSaid", record.response().youSaid(), "response-you-said"),
                quoteBlock("record.response.weDid", record.response().weDid(), "response-we-did"));
        if (!record.decisions().isEmpty()) {
            section.add(new H3(getTranslation("record.response.decisions")));
            for (DecidedTheme decided : record.decisions()) {
                Article card = new Article(new H4(decided.title()), new Paragraph(getTranslation(
                        "record.response.decision", getTranslation("response.decision." + decided.decision()),
                        decided.reason())));
                card.setId("record-decision-" + decided.themeId());
                card.addClassName("pp-card");
                section.add(card);
            }
        }
        return section;
    }

    private Component quoteBlock(String headingKey, String text, String id) {
        Div block = new Div(new H3(getTranslation(headingKey)), new Paragraph(text));
        block.setId(id);
        block.addClassName("pp-response-part");
        return block;
    }

    private Component commitments(PublicRecord.ConsultationRecord record) {
        Section section = Texts.section(this, "record-commitments", "record.commitments.heading");
        if (record.commitments().isEmpty()) {
            section.add(new Paragraph(getTranslation("record.commitments.none")));
        }
        for (PublicRecord.CommitmentEntry commitment : record.commitments()) {
            Article card = new Article(new H3(commitment.description()));
            card.setId("record-commitment-" + commitment.id());
            card.addClassName("pp-card");
            if (commitment.overdue()) {
                card.addClassName("pp-overdue");
            }
            DescriptionList facts = new DescriptionList();
            facts.addClassName("pp-facts");
            Texts.fact(facts, getTranslation("commitments.owner"), commitment.owner());
            Texts.fact(facts, getTranslation("commitments.due"), Texts.date(this, commitment.dueOn()));
            if (commitment.measure() != null) {
                Texts.fact(facts, getTranslation("record.commitments.measure"), commitment.measure());
            }
            if (!commitment.themes().isEmpty()) {
                Texts.fact(facts, getTranslation("record.commitments.themes"), String.join(", ", commitment.themes()));
            }
            Span status = new Span(Texts.commitmentStatus(this, commitment.status()));
            if (commitment.overdue() && !"OVERDUE".equals(commitment.status())) {
                status.add(new Span(" "), Texts.badge(this, "commitments.status.OVERDUE", "bad"));
            }
            Texts.fact(facts, getTranslation("commitments.status"), status);
            card.add(facts);
            if (!commitment.reviews().isEmpty()) {
                card.add(new H4(getTranslation("commitments.history")));
                OrderedList list = new OrderedList();
                list.addClassName("pp-timeline");
                for (PublicRecord.ReviewEntry review : commitment.reviews()) {
                    String by = review.by() != null ? review.by() : "PROGRESS".equals(review.kind())
                            ? getTranslation("record.councilTeam") : getTranslation("record.anonymousMember");
                    ListItem item = new ListItem(getTranslation("commitments.look", Texts.date(this, review.at()),
                            look(review), by));
                    if (review.reasons() != null && !review.reasons().isBlank()) {
                        Paragraph reasons = new Paragraph(review.reasons());
                        reasons.addClassName("pp-quote");
                        item.add(reasons);
                    }
                    list.add(item);
                }
                card.add(list);
            }
            section.add(card);
        }
        return section;
    }

    /** What a look at a commitment was: a review, a report, a check, or a change (a later due date, a withdrawal). */
    private String look(PublicRecord.ReviewEntry review) {
        return switch (review.kind()) {
            case "DUE_DATE_EXTENDED" -> getTranslation("commitments.change.DUE_DATE_EXTENDED",
                    Texts.date(this, LocalDate.parse(review.judgement().split("/")[0])),
                    Texts.date(this, LocalDate.parse(review.judgement().split("/")[1])));
            case "WITHDRAWN" -> getTranslation("commitments.change.WITHDRAWN");
            default -> getTranslation("commitments.look." + review.kind() + "." + review.judgement());
        };
    }

    private Component sponsor(PublicRecord.ConsultationRecord record) {
        Section section = Texts.section(this, "record-sponsor", "record.sponsor.heading");
        if (record.sponsorAnswers().isEmpty()) {
            section.add(new Paragraph(getTranslation("record.sponsor.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (PublicRecord.SponsorAnswer answer : record.sponsorAnswers()) {
            String subject = answer.subject() != null && answer.subject().startsWith("stage.")
                    ? getTranslation(answer.subject()) : answer.subject();
            ListItem item = new ListItem(getTranslation("record.sponsor.item",
                    getTranslation("sponsor.kind." + answer.kind()), subject, Texts.date(this, answer.raisedAt())));
            item.setId("record-escalation-" + answer.id());
            if (answer.answeredAt() == null) {
                item.add(new Paragraph(getTranslation("record.sponsor.waiting")));
            } else {
                item.add(new Paragraph(getTranslation("record.sponsor.answered", Texts.date(this, answer.answeredAt()))));
                Paragraph response = new Paragraph(answer.response());
                response.addClassName("pp-quote");
                item.add(response);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component openData(PublicRecord.ConsultationRecord record) {
        Section section = Texts.section(this, "record-open-data", "record.openData.heading");
        Anchor json = new Anchor("open-data/consultations/" + record.ref() + ".json",
                getTranslation("record.openData.json"));
        json.setRouterIgnore(true);
        json.setId("record-json");
        Anchor log = new Anchor("record", getTranslation("record.backToLog"));
        section.add(new Paragraph(json), new Paragraph(log));
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
