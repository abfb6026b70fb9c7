package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.powerpartnership.consultation.StageRecord;
import org.powerpartnership.participation.CodedTheme;
import org.powerpartnership.participation.ParticipationFigures;

/**
 * Everything a panel member reads before signing off a stage, assembled from the records: what was done (the
 * stage's completed work items with the values submitted), who did it and who took part, the team's summary, the
 * documents and links found in what was submitted, the earlier rounds with their returns and the team's answers,
 * and where the reader stands.
 *
 * @param stage      the stage's record (summary, dates, rounds); null if the stage was never opened
 * @param areaShares the area's share of adults per age band, to compare {@code figures} against
 * @param themes     for the participation stage, the themes coded from the responses with counts, quotes and the
 *                   council's consideration; empty for other stages
 */
public record StageReview(Gate gate, String consultationRef, String consultationTitle, String area,
                          StageRecord stage, List<Work> work, List<Participant> participants,
                          ParticipationFigures figures, Map<String, Double> areaShares, List<Link> links,
                          List<Round> earlierRounds, Tally tally, Standing standing, List<CodedTheme> themes) {

    /** One completed work item of the stage. */
    public record Work(String task, String doneBy, Instant doneAt, List<Value> values) {
    }

    /**
     * One submitted answer, labelled as its form labels it.
     *
     * @param value a String (option values already turned into their labels), a Boolean or a number
     */
    public record Value(String key, String label, Object value) {
    }

    /** Someone who did work in the stage, and in which capacity (a {@code MemberRole} name, or null). */
    public record Participant(String userId, String name, String capacity, int tasks) {
    }

    /** A web address found in a submitted answer; a document when it points at a file (PDF, Word, ...). */
    public record Link(String url, boolean document, String foundIn) {
    }

    /** An earlier round of the same stage: how it ended, the panel's votes and reasons, and the team's answer. */
    public record Round(Gate gate, List<PanelVote> votes, String answeredBy) {
    }

    /** A vote as the panel and team see it (with the voter's name). */
    public record PanelVote(String voterId, String voterName, String decision, String reasons, Instant castAt,
                            Instant changedAt) {
    }

    /**
     * Where the reader stands on this gate.
     *
     * @param voteTaskId the reader's open vote work item, when they may vote now
     * @param vote       the reader's vote, when they voted
     * @param ownWork    the stage's work items the reader did, when that keeps them from voting
     */
    public record Standing(Kind kind, String voteTaskId, Vote vote, List<String> ownWork) {

        public enum Kind {
            /** A panel member with an open vote task. */
            MAY_VOTE,
            /** Voted; may still change the vote while the gate is open. */
            VOTED,
            /** Did work in the stage: may never sign it off. */
            OWN_WORK,
            /** On the panel but not among this round's voters (joined later), or the gate closed before they voted. */
            NOT_A_VOTER,
            /** Not on the panel (the team, the sponsor, an admin): may read, not vote. */
            READER
        }

        public boolean mayChangeVote(Gate gate) {
            return kind == Kind.VOTED && gate.isOpen();
        }
    }
}
