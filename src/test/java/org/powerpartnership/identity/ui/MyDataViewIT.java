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
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.profile.ProfileAnswers;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestAccounts;
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
