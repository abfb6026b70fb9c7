package org.powerpartnership.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.PanelConsent;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.NewAccount;
import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.profile.ProfileAnswers;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

class MyDataViewIT extends KaribuTest {

    private static final Set<String> STOP_AT = Set.of("Task_InviteNetworks", "Task_AgreePartnerRole",
            "Task_PlanAccess");

    @Autowired
    Cycle cycle;
    @Autowired
    ProfileService profiles;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    NetworkService network;
    @Autowired
    PanelConsent panelConsent;
    @Autowired
    ParticipationService participation;

    @Test
    void the_download_holds_the_residents_account_profile_work_and_audit_entries() throws Exception {
        SignedInUser resident = newResident();
        Consultation consultation = takePart(resident);
        signIn(resident);
        navigate("my-data");
        MyDataView view = _get(MyDataView.class);
        assertThat(view.download.getElement().getAttribute("download")).as("a file, not a page").isNotNull();
        assertThat(view.download.getHref()).isNotBlank();

        byte[] file = com.github.mvysny.kaributesting.v10.DownloadKt._download(view.download);
        JsonNode data = json.readTree(new String(file, StandardCharsets.UTF_8));
        assertThat(data.path("userId").asText()).isEqualTo(resident.userId());
        assertThat(data.path("account").path("email").asText()).isEqualTo(resident.email());
        assertThat(data.path("account").path("name").asText()).isEqualTo(resident.displayName());
        assertThat(data.path("account").path("roles").toString()).contains("resident");
        assertThat(data.path("profile").path("name").asText()).isEqualTo(resident.displayName());
        assertThat(data.path("profile").path("area").asText()).isEqualTo("CF10 4UW");
        assertThat(data.path("profile").path("consent").path("wording").asText()).startsWith("I agree");
        assertThat(data.path("auditLog").findValuesAsText("action")).contains("task.completed");
        assertThat(data.path("auditLog").findValuesAsText("consultationId"))
                .contains(String.valueOf(consultation.id()));
        assertThat(data.path("workflow").path("tasksGivenToYou").findValuesAsText("task"))
                .anyMatch(name -> name.startsWith("Co-design"));
        assertThat(data.path("consultations").findValuesAsText("role")).contains("codesigner");
    }

    @Test
    void erasure_leaves_nothing_that_names_the_person_while_counts_and_decisions_stay() throws Exception {
        SignedInUser resident = newResident();
        Consultation consultation = takePart(resident);
        String processInstance = jdbc.sql("select process_instance_id from consultation where id = ?")
                .param(consultation.id()).query(String.class).single();
        assertThat(traces(resident)).as("the person is on record before erasure").isNotEmpty();
        Record before = record(consultation.id(), processInstance);

        signIn(resident);
        navigate("my-data");
        MyDataView view = _get(MyDataView.class);
        _click(view.erase);
        assertThat(view.confirm.isOpened()).as("asked first, in plain words").isTrue();
        _click(view.cancelErase);
        assertThat(accountService.userIdForSignIn(resident.email())).as("cancel changes nothing").isPresent();

        _click(view.erase);
        _click(view.confirmErase);

        assertThat(traces(resident)).as("no table, ours or the engine's, names the person").isEmpty();
        assertThat(record(consultation.id(), processInstance)).as("counts and decisions stay").isEqualTo(before);
        assertThat(accountService.userIdForSignIn(resident.email())).as("cannot sign in").isEmpty();
        assertThat(accountService.passwordMatches(resident.userId(), TestAccounts.PASSWORD)).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
        List<String> erasures = jdbc.sql("select actor from audit_log where action = 'person.erased' "
                + "order by id desc").query(String.class).list();
        assertThat(erasures.get(0)).as("the erasure is on the record, under a pseudonym").matches("erased-\\d+");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and consultation_id = ?")
                .params(erasures.get(0), consultation.id()).query(Long.class).single())
                .as("what they did stays, under the pseudonym").isPositive();
    }

    static final String REASONS = "The plan reaches people without internet through the library sessions.";

    @Test
    void a_panel_member_and_partner_downloads_their_votes_and_organisations_and_after_erasure_the_votes_still_count() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser person = accountService.open(new NewAccount("panel-partner-" + tag + "@test.example.org",
                "Pat Panelpartner " + tag, TestAccounts.PASSWORD, Set.of(Roles.RESIDENT, Roles.PANEL, Roles.PARTNER)));
        Organisation organisation = network.findOrCreate("Erasure test CVS " + tag, "infrastructure", "Test ward");
        network.addMember(organisation.id(), person.userId());
        panelConsent.decide(person, true);
        Cycle.Cast base = cycle.cast(3);
        List<SignedInUser> panel = new ArrayList<>(base.panel());
        panel.add(person); // last, so the panel's own group work falls to someone else and they may vote
        Cycle.Cast cast = new Cycle.Cast(base.lead(), base.deputy(), panel, base.sponsor(), person,
                base.coDesigner(), organisation);
        Consultation consultation = cycle.launch(cast, false);
        boolean returned = false;
        for (int guard = 0; guard < 300; guard++) { // the whole cycle; they vote first, before a quorum closes it
            List<WorkItem> open = cycle.open(consultation);
            if (open.isEmpty()) {
                break;
            }
            WorkItem theirVote = open.stream().filter(item -> "Task_VoteOnStage".equals(item.taskKey())
                    && person.userId().equals(item.assignee())).findFirst().orElse(null);
            if (theirVote != null) {
                // the first time they send the stage back, with reasons; then they approve
                cycle.complete(person, theirVote, returned ? Map.of("decision", "approve")
                        : Map.of("decision", "return", "reasons", REASONS));
                returned = true;
            } else {
                cycle.complete(cast, open.get(0), Map.of());
            }
        }
        participation.respondAssisted(person, consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "More bins near the market."),
                new AssistedResponse("J.B.", true, "The person agreed.", "erasure-" + tag));
        long votesWithReasons = jdbc.sql("select count(*) from vote where voter_id = ? and reasons = ?")
                .params(person.userId(), REASONS).query(Long.class).single();
        assertThat(votesWithReasons).as("they voted on the stages, with reasons: %s %s %s", person.userId(),
                jdbc.sql("select v.voter_id || ':' || v.decision || ':' || g.stage_key from vote v join sign_off_gate g "
                        + "on g.id = v.gate_id where g.consultation_id = ?").param(consultation.id()).query(String.class)
                        .list(), jdbc.sql("select user_id || ':' || member_role from consultation_member where "
                        + "consultation_id = ?").param(consultation.id()).query(String.class).list()).isPositive();
        assertThat(jdbc.sql("select count(*) from consultation_partner where accepted_by = ?").param(person.userId())
                .query(Long.class).single()).as("they accepted partner roles").isPositive();

        signIn(person);
        navigate("my-data");
        MyDataView view = _get(MyDataView.class);
        byte[] file = com.github.mvysny.kaributesting.v10.DownloadKt._download(view.download);
        JsonNode data = json.readTree(new String(file, StandardCharsets.UTF_8));
        JsonNode votes = data.path("panel").path("votes");
        assertThat(votes.size()).as("every vote of theirs").isEqualTo(jdbc.sql("select count(*) from vote where "
                + "voter_id = ?").param(person.userId()).query(Long.class).single().intValue()).isPositive();
        assertThat(votes.findValuesAsText("reasons")).contains(REASONS);
        assertThat(votes.findValuesAsText("decision")).contains("return");
        assertThat(votes.findValuesAsText("consultationId")).containsOnly(String.valueOf(consultation.id()));
        assertThat(data.path("panel").path("nameOnPublicRecord").path("showYourName").asBoolean()).isTrue();
        assertThat(data.path("organisations").path("memberOf").findValuesAsText("name"))
                .containsExactly(organisation.name());
        assertThat(data.path("organisations").path("rolesYouAccepted").findValuesAsText("organisation"))
                .contains(organisation.name());
        assertThat(data.path("responses").path("responsesYouEnteredForOthers").asLong()).isEqualTo(1L);

        long votesBefore = jdbc.sql("select count(*) from vote v join sign_off_gate g on g.id = v.gate_id "
                + "where g.consultation_id = ?").param(consultation.id()).query(Long.class).single();
        _click(view.erase);
        _click(view.confirmErase);

        assertThat(traces(person)).as("no table, ours or the engine's, names the person").isEmpty();
        List<String> voters = jdbc.sql("select distinct voter_id from vote where reasons = ?").param(REASONS)
                .query(String.class).list();
        assertThat(voters).as("their votes stay, under one random name").hasSize(1);
        assertThat(voters.get(0)).matches("erased-[0-9a-f]{12}");
        assertThat(jdbc.sql("select count(*) from vote where voter_id = ? and reasons = ? and decision = 'return'")
                .params(voters.get(0), REASONS).query(Long.class).single()).isEqualTo(votesWithReasons);
        assertThat(jdbc.sql("select count(*) from vote v join sign_off_gate g on g.id = v.gate_id "
                + "where g.consultation_id = ?").param(consultation.id()).query(Long.class).single())
                .as("every vote still counts").isEqualTo(votesBefore);
        assertThat(network.membersOf(organisation.id())).as("they left their organisation").isEmpty();
        assertThat(jdbc.sql("select accepted_by from consultation_partner where consultation_id = ?")
                .param(consultation.id()).query(String.class).list()).as("the roles stay accepted")
                .isNotEmpty().allMatch(by -> by.matches("erased-[0-9a-f]{12}"));
        assertThat(participation.figures(consultation.id()).assisted()).as("the assisted response still counts")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from panel_member_consent where user_id = ?").param(person.userId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_session_on_another_device_ends_at_its_next_check_after_erasure() {
        SignedInUser resident = newResident();
        signIn(resident);
        navigate("profile");
        poll();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        personalData.erase(resident); // asked for on their phone
        poll();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out here too").isNull();
    }

    private static void poll() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
    }

    private SignedInUser newResident() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser resident = accounts.open("Erin Erasable " + tag, Roles.RESIDENT);
        profiles.save(resident, new ProfileAnswers(resident.displayName(), "phone", "029 2000 " + tag.substring(0, 4)
                .replaceAll("[^0-9]", "1"), null, "cf10 4uw", "cy", null, Set.of("bsl"), "Notes of " + tag,
                "prefer-not", null, null, "no", null, true, ProfileService.CONSENT_VERSION, "I agree " + tag));
        profiles.choose(resident.userId(), "cy");
        return resident;
    }

    /** Launches a consultation with the resident as co-designer, who does their part; the stage is signed off. */
    private Consultation takePart(SignedInUser resident) {
        Cycle.Cast base = cycle.cast(3);
        Cycle.Cast cast = new Cycle.Cast(base.lead(), base.deputy(), base.panel(), base.sponsor(), base.partner(),
                resident, base.organisation());
        Consultation consultation = cycle.launch(cast, false);
        List<String> done = cycle.completeAll(cast, consultation, STOP_AT, null);
        assertThat(done).contains("Task_CoDesignAsResident", "Task_VoteOnStage");
        return consultation;
    }

    private record Record(long auditEntries, List<String> gates, long votes, List<String> stages, long members,
                          long historicTasks, long historicActivities) {
    }

    private Record record(long consultationId, String processInstance) {
        return new Record(
                jdbc.sql("select count(*) from audit_log where consultation_id = ?").param(consultationId)
                        .query(Long.class).single(),
                jdbc.sql("select stage_key || ':' || round_no || ':' || coalesce(outcome, '-') from sign_off_gate "
                        + "where consultation_id = ? order by id").param(consultationId).query(String.class).list(),
                jdbc.sql("select count(*) from vote v join sign_off_gate g on g.id = v.gate_id "
                        + "where g.consultation_id = ?").param(consultationId).query(Long.class).single(),
                jdbc.sql("select stage_key || ':' || status from stage_record where consultation_id = ? order by id")
                        .param(consultationId).query(String.class).list(),
                jdbc.sql("select count(*) from consultation_member where consultation_id = ?").param(consultationId)
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ?").param(processInstance)
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = ?").param(processInstance)
                        .query(Long.class).single());
    }

    /** Every text column of every table in the schema (ours and the engine's) that holds the id, email or name. */
    private List<String> traces(SignedInUser person) throws SQLException {
        List<String> needles = List.of(person.userId(), person.email(), person.displayName());
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet cols = meta.getColumns(null, schema, table, "%")) {
                        while (cols.next()) {
                            int type = cols.getInt("DATA_TYPE");
                            if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                                    || type == Types.CLOB || type == Types.NVARCHAR) {
                                columns.add(new String[] {table, cols.getString("COLUMN_NAME")});
                            }
                        }
                    }
                }
            }
            assertThat(columns.stream().map(c -> c[0].toLowerCase()).distinct())
                    .as("the scan sees our tables and the engine's").contains("person", "resident_profile",
                            "audit_log", "act_hi_taskinst", "act_id_user", "act_hi_varinst");
            for (String[] column : columns) {
                String sql = "select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\" like ?";
                for (String needle : needles) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, "%" + needle + "%");
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

}
