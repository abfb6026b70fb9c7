package org.powerpartnership.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A consultation's record, exported: the same facts in CSV and JSON, votes with their reasons, for its team only. */
@IntegrationTest
class ConsultationExportsIT {

    private static final String REASONS = "Say plainly what is fixed: the budget, or the site?";

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationExports exports;
    @Autowired
    ParticipationService participation;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void the_record_holds_the_brief_the_stages_each_vote_with_its_reasons_responses_and_commitments() throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), (item, seen) ->
                item.taskKey().equals("Task_VoteOnStage") && seen <= 2
                        ? Map.of("decision", "return", "reasons", REASONS) : null);
        drafting.prepare(cast.lead(), consultation.id(), "Replace the swings, by the river first", "Parks manager",
                LocalDate.now().plusMonths(3));

        JsonNode record = json.readTree(exports.json(cast.deputy(), consultation.id()));
        assertThat(record.path("brief").path("title").asText()).isEqualTo(consultation.title());
        assertThat(record.path("brief").path("iap2Level").asText()).isEqualTo("involve");
        assertThat(record.path("stages")).hasSize(7);
        JsonNode early = record.path("stages").get(0);
        assertThat(early.path("stage").asText()).isEqualTo("EARLY_ENGAGEMENT");
        assertThat(early.path("status").asText()).isEqualTo("SIGNED_OFF");
        assertThat(early.path("signOffRounds")).hasSize(2);
        JsonNode returned = early.path("signOffRounds").get(0);
        assertThat(returned.path("outcome").asText()).isEqualTo("RETURNED");
        List<String> reasons = new ArrayList<>();
        returned.path("votes").forEach(vote -> reasons.add(vote.path("reasons").asText()));
        assertThat(reasons).contains(REASONS);
        assertThat(returned.path("votes").get(0).path("voter").asText()).startsWith("Test");
        assertThat(early.path("signOffRounds").get(1).path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(record.path("stages").get(3).path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(record.path("responses").path("total").asInt()).isZero();
        assertThat(record.path("commitments")).hasSize(1);
        assertThat(record.path("commitments").get(0).path("owner").asText()).isEqualTo("Parks manager");
        assertThat(record.path("people").toString()).contains("LEAD", "DEPUTY", "PANEL", "SPONSOR");

        String csv = exports.csv(cast.deputy(), consultation.id());
        assertThat(csv).startsWith("\uFEFFrecord,stage,round,field,value,person,at,reasons\r\n");
        List<String> lines = csv.lines().toList();
        assertThat(lines).anyMatch(line -> line.startsWith("brief,,,title," + consultation.title()));
        assertThat(lines).anyMatch(line -> line.startsWith("stage,EARLY_ENGAGEMENT,,status,SIGNED_OFF"));
        assertThat(lines).anyMatch(line -> line.startsWith("signOff,EARLY_ENGAGEMENT,1,outcome,RETURNED"));
        assertThat(lines).anyMatch(line -> line.startsWith("vote,EARLY_ENGAGEMENT,1,decision,return,")
                && line.endsWith(",\"" + REASONS + "\""));
        assertThat(lines).anyMatch(line -> line.startsWith("responses,,,total,0"));
        assertThat(lines).anyMatch(line -> line.startsWith("commitment,,,\"Replace the swings, by the river first\",OPEN,Parks manager,"));
        assertThat(lines).allMatch(line -> parseCells(line).size() == 8);
    }

    @Test
    void a_spreadsheet_never_runs_a_cell_as_a_formula_and_commas_and_quotes_survive() {
        assertThat(ConsultationExports.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ConsultationExports.cell("+44 113")).isEqualTo("'+44 113");
        assertThat(ConsultationExports.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ConsultationExports.cell(null)).isEmpty();
        assertThat(ConsultationExports.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
    }

    @Test
    void only_the_team_and_admins_may_export() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        assertThatThrownBy(() -> exports.csv(cast.panel().get(0), consultation.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.json(accounts.open(Roles.OFFICER), consultation.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports.json(accounts.open(Roles.ADMIN), consultation.id())).contains(consultation.ref());
    }

    /** RFC 4180 cells of one line (no line breaks inside cells in these rows). */
    private static List<String> parseCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
