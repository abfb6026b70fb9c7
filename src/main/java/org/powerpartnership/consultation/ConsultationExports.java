package org.powerpartnership.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's record to take away, as CSV (one row per fact, for a spreadsheet) and JSON (nested, for other
 * systems): the brief, the seven stages, every sign-off round with each vote and its reasons, response counts, the
 * council's response and its commitments. For the consultation's team and admins.
 */
@Service
public class ConsultationExports {

    /** The header of the CSV; every row has these columns. */
    public static final List<String> CSV_COLUMNS =
            List.of("record", "stage", "round", "field", "value", "person", "at", "reasons");

    private final ConsultationService consultations;
    private final Stages stages;
    private final Memberships memberships;
    private final AccountService accounts;
    private final ObjectProvider<StageDecisions> decisions;
    private final ObjectProvider<ParticipationSummaries> participation;
    private final ObjectProvider<CommitmentSummaries> commitments;
    private final ObjectMapper json;

    ConsultationExports(ConsultationService consultations, Stages stages, Memberships memberships,
                        AccountService accounts, ObjectProvider<StageDecisions> decisions,
                        ObjectProvider<ParticipationSummaries> participation,
                        ObjectProvider<CommitmentSummaries> commitments, ObjectMapper json) {
        this.consultations = consultations;
        this.stages = stages;
        this.memberships = memberships;
        this.accounts = accounts;
        this.decisions = decisions;
        this.participation = participation;
        this.commitments = commitments;
        this.json = json;
    }

    /** A file name for the export, e.g. {@code PARKS-PLAY-7K2Q-record.csv}. */
    public static String fileName(Consultation consultation, String extension) {
        return consultation.ref() + "-record." + extension;
    }

    @Transactional(readOnly = true)
    public String json(SignedInUser reader, long consultationId) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(record(reader, consultationId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the record of consultation " + consultationId, e);
        }
    }

    /** RFC 4180 CSV, UTF-8 with a byte order mark (so spreadsheets read £ and accents), CRLF line ends. */
    @Transactional(readOnly = true)
    public String csv(SignedInUser reader, long consultationId) {
        Map<String, Object> record = record(reader, consultationId);
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, CSV_COLUMNS.toArray());
        @SuppressWarnings("unchecked")
        Map<String, Object> brief = (Map<String, Object>) record.get("brief");
        brief.forEach((field, value) -> row(csv, "brief", "", "", field, value, "", "", ""));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> people = (List<Map<String, Object>>) record.get("people");
        for (Map<String, Object> person : people) {
            row(csv, "member", "", "", "role", person.get("role"), person.get("name"), person.get("addedAt"), "");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stageList = (List<Map<String, Object>>) record.get("stages");
        for (Map<String, Object> stage : stageList) {
            Object key = stage.get("stage");
            row(csv, "stage", key, "", "status", stage.get("status"), "", stage.get("openedAt"), "");
            if (stage.get("signedOffAt") != null) {
                row(csv, "stage", key, "", "signedOffAt", stage.get("signedOffAt"), "", stage.get("signedOffAt"), "");
            }
            if (stage.get("summary") != null) {
                row(csv, "stage", key, "", "summary", stage.get("summary"), "", stage.get("submittedAt"), "");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rounds = (List<Map<String, Object>>) stage.get("signOffRounds");
            for (Map<String, Object> round : rounds) {
                Object number = round.get("round");
                row(csv, "signOff", key, number, "outcome", round.get("outcome"), "", round.get("closedAt"),
                        round.get("teamAnswer"));
                row(csv, "signOff", key, number, "quorum", round.get("quorum") + "/" + round.get("panelSize"), "",
                        round.get("openedAt"), "");
                if (round.get("sponsorDecision") != null) {
                    row(csv, "signOff", key, number, "sponsorDecision", round.get("sponsorDecision"), "", "",
                            round.get("sponsorNote"));
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> votes = (List<Map<String, Object>>) round.get("votes");
                for (Map<String, Object> vote : votes) {
                    row(csv, "vote", key, number, "decision", vote.get("decision"), vote.get("voter"),
                            vote.get("castAt"), vote.get("reasons"));
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> responses = (Map<String, Object>) record.get("responses");
        row(csv, "responses", "", "", "total", responses.get("total"), "", "", "");
        row(csv, "responses", "", "", "assisted", responses.get("assisted"), "", "", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> bands = (Map<String, Object>) responses.get("byAgeBand");
        bands.forEach((band, count) -> row(csv, "responses", "", "", "ageBand:" + band, count, "", "", ""));
        @SuppressWarnings("unchecked")
        List<Object> missing = (List<Object>) responses.get("underRepresented");
        missing.forEach(band -> row(csv, "responses", "", "", "underRepresented", band, "", "", ""));
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) record.get("councilResponse");
        if (response != null) {
            for (String part : List.of("youAsked", "youSaid", "weDid")) {
                row(csv, "councilResponse", "", "", part, response.get(part), "", response.get("publishedAt"), "");
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> promises = (List<Map<String, Object>>) record.get("commitments");
        for (Map<String, Object> commitment : promises) {
            row(csv, "commitment", "", "", commitment.get("description"), commitment.get("status"),
                    commitment.get("owner"), commitment.get("dueOn"), "");
        }
        return csv.toString();
    }

    /** The record as nested maps and lists, in a stable order: what both formats are written from. */
    @Transactional(readOnly = true)
    public Map<String, Object> record(SignedInUser reader, long consultationId) {
        Consultation c = consultations.forTeam(reader, consultationId);
        Map<String, String> names = new HashMap<>();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ref", c.ref());
        record.put("exportFormat", 1);

        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("ref", c.ref());
        brief.put("title", c.title());
        brief.put("summary", c.summary());
        brief.put("status", c.status());
        brief.put("currentStage", c.currentStage());
        brief.put("issue", c.issue());
        brief.put("formativeStatement", c.formativeStatement());
        brief.put("iap2Level", c.iap2Level());
        brief.put("iap2Promise", c.iap2Promise());
        brief.put("decisionMaker", c.decisionMaker());
        brief.put("geographyType", c.geographyType());
        brief.put("geographyName", c.geographyName());
        brief.put("budget", c.budget() == null ? null : c.budget().toPlainString());
        brief.put("participationWindowDays", c.participationDays());
        brief.put("decisionBy", text(c.decisionBy()));
        brief.put("question", c.question());
        brief.put("methods", c.methods());
        brief.put("deliberativePanel", c.deliberativePanel());
        brief.put("quorum", c.quorum());
        brief.put("reviewMonths", c.reviewMonths());
        brief.put("launchedAt", text(c.launchedAt()));
        brief.put("windowOpenedAt", text(c.windowOpenedAt()));
        brief.put("windowClosesAt", text(c.windowClosesAt()));
        brief.put("windowClosedAt", text(c.windowClosedAt()));
        brief.put("completedAt", text(c.completedAt()));
        record.put("brief", brief);

        List<Map<String, Object>> people = new ArrayList<>();
        for (Member member : memberships.of(consultationId)) {
            if (member.role().isTeam() || member.role() == MemberRole.PANEL || member.role() == MemberRole.SPONSOR) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("role", member.role().name());
                person.put("name", name(member.userId(), names));
                person.put("addedAt", text(member.addedAt()));
                people.add(person);
            }
        }
        record.put("people", people);

        List<StageDecisions.Decision> rounds = decisions.getIfAvailable(() -> StageDecisions.NONE).of(consultationId);
        Map<StageKey, StageRecord> records = new HashMap<>();
        stages.of(consultationId).forEach(r -> records.put(r.stage(), r));
        List<Map<String, Object>> stageList = new ArrayList<>();
        for (StageKey key : StageKey.inOrder()) {
            StageRecord r = records.get(key);
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("stage", key.name());
            stage.put("number", key.number());
            stage.put("status", r == null ? "NOT_STARTED" : r.status());
            stage.put("openedAt", r == null ? null : text(r.openedAt()));
            stage.put("submittedAt", r == null ? null : text(r.submittedAt()));
            stage.put("signedOffAt", r == null ? null : text(r.signedOffAt()));
            stage.put("summary", r == null ? null : r.summary());
            List<Map<String, Object>> roundList = new ArrayList<>();
            for (StageDecisions.Decision d : rounds) {
                if (d.stage() != key) {
                    continue;
                }
                Map<String, Object> round = new LinkedHashMap<>();
                round.put("round", d.round());
                round.put("openedAt", text(d.openedAt()));
                round.put("deadlineAt", text(d.deadlineAt()));
                round.put("closedAt", text(d.closedAt()));
                round.put("outcome", d.outcome() == null ? "VOTING" : d.outcome());
                round.put("quorum", d.quorum());
                round.put("panelSize", d.panelSize());
                round.put("teamAnswer", d.teamAnswer());
                round.put("sponsorDecision", d.sponsorDecision());
                round.put("sponsorNote", d.sponsorNote());
                List<Map<String, Object>> votes = new ArrayList<>();
                for (StageDecisions.PanelVote v : d.votes()) {
                    Map<String, Object> vote = new LinkedHashMap<>();
                    vote.put("voter", name(v.voterId(), names));
                    vote.put("decision", v.decision());
                    vote.put("reasons", v.reasons());
                    vote.put("castAt", text(v.castAt()));
                    vote.put("changedAt", text(v.changedAt()));
                    votes.add(vote);
                }
                round.put("votes", votes);
                roundList.add(round);
            }
            stage.put("signOffRounds", roundList);
            stageList.add(stage);
        }
        record.put("stages", stageList);

        Optional<ParticipationSummaries.Summary> figures =
                participation.getIfAvailable(() -> ParticipationSummaries.NONE).of(consultationId);
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("total", figures.map(ParticipationSummaries.Summary::responses).orElse(0));
        responses.put("assisted", figures.map(ParticipationSummaries.Summary::assisted).orElse(0));
        responses.put("byAgeBand", figures.map(f -> (Map<String, Object>) new java.util.TreeMap<String, Object>(
                f.byAgeBand())).orElse(Map.of()));
        responses.put("underRepresented", figures.map(f -> (List<Object>) new ArrayList<Object>(f.underRepresented()))
                .orElse(List.of()));
        record.put("responses", responses);

        CommitmentSummaries promises = commitments.getIfAvailable(() -> CommitmentSummaries.NONE);
        record.put("councilResponse", promises.response(consultationId).map(r -> {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("youAsked", r.youAsked());
            response.put("youSaid", r.youSaid());
            response.put("weDid", r.weDid());
            response.put("publishedAt", text(r.publishedAt()));
            response.put("decisions", r.decisions().stream().map(d -> Map.of("theme", d.theme(),
                    "responses", d.responses(), "decision", d.decision(), "reason", d.reason())).toList());
            return response;
        }).orElse(null));
        List<Map<String, Object>> commitmentList = new ArrayList<>();
        for (CommitmentSummaries.Line line : promises.commitments(consultationId)) {
            Map<String, Object> commitment = new LinkedHashMap<>();
            commitment.put("description", line.description());
            commitment.put("owner", line.owner());
            commitment.put("dueOn", text(line.dueOn()));
            commitment.put("status", line.status());
            commitment.put("deliveredAt", text(line.deliveredAt()));
            commitment.put("measure", line.measure());
            commitment.put("themes", line.themes());
            commitmentList.add(commitment);
        }
        record.put("commitments", commitmentList);
        return record;
    }

    private String name(String userId, Map<String, String> cache) {
        return cache.computeIfAbsent(userId, id -> accounts.person(id).map(Person::displayName).orElse(id));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** One CSV cell: quoted when needed, and a leading = + - @ neutralised so no spreadsheet runs it as a formula. */
    static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
