package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.consultation.ConsultationRecords.StageLine;
import org.powerpartnership.consultation.StageDecisions;
import org.powerpartnership.consultation.StageRecord;

/** The overview's timeline of the seven stages, each with its dates and the panel's rounds, votes and reasons. */
class OverviewStagesSection extends OverviewSection {

    private final Overview overview;

    OverviewStagesSection(Overview overview) {
        super("overview-stages", "overview.stages");
        this.overview = overview;
        OrderedList timeline = new OrderedList();
        timeline.addClassName("pp-timeline");
        timeline.setId("overview-timeline");
        String currentStage = overview.consultation().currentStage();
        for (StageLine line : overview.stages()) {
            ListItem item = new ListItem();
            item.setId("overview-stage-" + line.stage().name());
            item.addClassName("pp-timeline-stage");
            String state = line.record() == null ? "NOT_STARTED" : line.record().status();
            // Stages 2 and 3 run side by side: every opened stage not yet signed off is current.
            boolean current = line.record() != null && !StageRecord.SIGNED_OFF.equals(state)
                    && Consultation.ACTIVE.equals(overview.consultation().status());
            item.getElement().setAttribute("data-status", state);
            if (current) {
                item.addClassName("pp-stage-current");
            }
            if (line.stage().name().equals(currentStage)) {
                item.getElement().setAttribute("aria-current", "step");
            }
            H3 name = new H3(Texts.stage(this, line.stage())); // the stage names carry their number
            Span badge = ConsultationOverviewView.badge(Texts.word(this, "stageStatus.", state), switch (state) {
                case StageRecord.SIGNED_OFF -> "success";
                case StageRecord.RETURNED -> "warning";
                case StageRecord.AWAITING_SIGN_OFF, StageRecord.IN_PROGRESS -> "info";
                default -> "neutral";
            });
            badge.setId("overview-stage-" + line.stage().name() + "-status");
            Div head = new Div(name, badge);
            if (current) {
                head.add(ConsultationOverviewView.badge(getTranslation("overview.stage.now"), "now"));
            }
            head.addClassName("pp-timeline-head");
            item.add(head);
            if (line.record() != null) {
                StageRecord r = line.record();
                StringBuilder dates = new StringBuilder(getTranslation("overview.stage.opened", Texts.date(this, r.openedAt())));
                if (r.submittedAt() != null) {
                    dates.append(" · ").append(getTranslation("overview.stage.submitted", Texts.date(this, r.submittedAt())));
                }
                if (r.signedOffAt() != null) {
                    dates.append(" · ").append(getTranslation("overview.stage.signedOff", Texts.date(this, r.signedOffAt())));
                }
                item.add(new Paragraph(dates.toString()));
            }
            if (!line.decisions().isEmpty()) {
                UnorderedList rounds = new UnorderedList();
                rounds.addClassName("pp-rounds");
                line.decisions().forEach(decision -> rounds.add(round(decision)));
                item.add(rounds);
            }
            timeline.add(item);
        }
        add(timeline);
    }

    private ListItem round(StageDecisions.Decision decision) {
        long approvals = decision.votes().stream().filter(v -> "approve".equals(v.decision())).count();
        long returns = decision.votes().size() - approvals;
        String outcome = decision.outcome() == null
                ? getTranslation("overview.round.voting", Texts.date(this, decision.deadlineAt()))
                : getTranslation("overview.round.decided", Texts.word(this, "outcome.", decision.outcome()),
                Texts.date(this, decision.closedAt()));
        ListItem item = new ListItem(new Paragraph(getTranslation("overview.round", decision.round(), outcome,
                approvals, returns, decision.quorum(), decision.panelSize())));
        if (decision.teamAnswer() != null && !decision.teamAnswer().isBlank()) {
            item.add(new Paragraph(getTranslation("overview.round.teamAnswer", decision.teamAnswer())));
        }
        if (decision.sponsorDecision() != null) {
            item.add(new Paragraph(getTranslation("overview.round.sponsor",
                    Texts.word(this, "sponsorDecision.", decision.sponsorDecision()),
                    decision.sponsorNote() == null ? "" : decision.sponsorNote())));
        }
        if (!decision.votes().isEmpty()) {
            UnorderedList votes = new UnorderedList();
            votes.addClassName("pp-votes");
            for (StageDecisions.PanelVote vote : decision.votes()) {
                String reasons = vote.reasons() == null || vote.reasons().isBlank()
                        ? getTranslation("overview.vote.noReasons") : vote.reasons();
                votes.add(new ListItem(getTranslation("overview.vote", overview.nameOf(vote.voterId()),
                        Texts.word(this, "vote.", vote.decision()), reasons)));
            }
            item.add(votes);
        }
        return item;
    }
}
