package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.powerpartnership.accountability.ui.StageSignOffScreensIT.text;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public accountability record and log, and the same facts as open data, for anyone without an account. */
class PublicRecordIT extends KaribuTest {

    static final String RETURN_REASONS = "The access plan forgets evening sessions; carers cannot come in the day.";

    @Autowired
    Cycle cycle;
    @Autowired
    SignOffService signOff;
    @Autowired
    ConsultationService consultations;
    @LocalServerPort
    int port;

    @Test
    void a_resident_panel_member_is_named_on_the_public_record_only_once_they_consent() {
        Cycle.Cast usual = cycle.cast(0);
        SignedInUser residentMember = accounts.open(new String[] {Roles.PANEL, Roles.RESIDENT});
        SignedInUser councillor = accounts.open("Cllr Public Member", Roles.PANEL);
        SignedInUser third = accounts.open("Third Member", Roles.PANEL);
        Cycle.Cast cast = new Cycle.Cast(usual.lead(), usual.deputy(), List.of(residentMember, councillor, third),
                usual.sponsor(), usual.partner(), usual.coDesigner(), usual.organisation());
        Consultation consultation = decideFirstStage(cast, Map.of(residentMember.userId(), "return",
                councillor.userId(), "return"));

        navigate("record/" + consultation.ref());
        String round = text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-1")));
        assertThat(round).contains("A resident panel member: return to the team", RETURN_REASONS,
                "Cllr Public Member: return to the team").doesNotContain(residentMember.displayName());

        signIn(residentMember);
        navigate("panel");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent-show-name")), true);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("consent-saved")))).contains("Your name is shown");

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-1"))))
                .contains(residentMember.displayName() + ": return to the team");
    }

    @Test
    void anyone_filters_the_log_by_area_and_status_and_finds_each_consultation_record() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = decideFirstStage(cast, Map.of(cast.panel().get(0).userId(), "return",
                cast.panel().get(1).userId(), "return"));
        String area = consultation.geographyName();

        navigate("record");
        assertThat(_find(Anchor.class, spec -> spec.withId("record-link-" + consultation.ref()))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("log-atom")).getHref()).isEqualTo("open-data/accountability.atom");
        @SuppressWarnings("unchecked")
        Select<String> areas = _get(Select.class, spec -> spec.withId("log-area"));
        _setValue(areas, area);
        assertThat(currentPath()).isEqualTo("record");
        @SuppressWarnings("unchecked")
        Select<String> statuses = _get(Select.class, spec -> spec.withId("log-status"));
        _setValue(statuses, Gate.RETURNED);
        assertThat(_get(Select.class, spec -> spec.withId("log-area")).getValue()).isEqualTo(area);
        List<NativeTableRow> rows = _find(_get(NativeTable.class, spec -> spec.withId("log-table")),
                NativeTableRow.class).stream().filter(row -> row.getId().isPresent()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(text(row)).contains(area, "Returned"));
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        assertThat(rows).anySatisfy(row -> assertThat(row.getId()).hasValue("log-gate-" + gate.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("log-csv")).getHref())
                .contains("status=RETURNED").contains("area=");

        assertThat(_get(Anchor.class, spec -> spec.withId("record-link-" + consultation.ref())).getHref())
                .isEqualTo("record/" + consultation.ref());
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-heading")))).isEqualTo(consultation.title());
        navigate("record/NO-SUCH-REF");
        assertThat(_find(Paragraph.class, spec -> spec.withId("record-missing"))).hasSize(1);
    }

    @Test
    void the_log_is_open_data_as_json_csv_and_atom_for_anonymous_visitors_with_the_same_filters() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = decideFirstStage(cast, Map.of(cast.panel().get(0).userId(), "return",
                cast.panel().get(1).userId(), "return"));
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        HttpVisitor anonymous = new HttpVisitor(port);

        HttpResponse<String> json = anonymous.get("/open-data/accountability.json?status=RETURNED");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(json.body()).contains("\"id\":\"gate-" + gate.id() + "\"", "\"status\":\"RETURNED\"",
                RETURN_REASONS).doesNotContain("\"status\":\"APPROVED\"");

        HttpResponse<String> csv = anonymous.get("/open-data/accountability.csv?area="
                + java.net.URLEncoder.encode(consultation.geographyName(), java.nio.charset.StandardCharsets.UTF_8),
                "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("id,date,consultation_ref,consultation_title,area,kind,subject,status,detail,"
                + "approvals,returns,owner,due_on\r\n")
                .contains("\"gate-" + gate.id() + "\"", "\"" + consultation.ref() + "\"");

        HttpResponse<String> atom = anonymous.get("/open-data/accountability.atom", "application/atom+xml");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/atom+xml"));
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "/record/" + consultation.ref() + "#gate-" + gate.id(),
                consultation.title() + ": Panel decision – 1. Early engagement – Returned");

        assertThat(anonymous.get("/open-data/consultations/" + consultation.ref() + ".json").body())
                .contains("\"ref\":\"" + consultation.ref() + "\"", RETURN_REASONS);
        assertThat(anonymous.get("/open-data/consultations/NO-SUCH-REF.json").statusCode()).isEqualTo(404);
    }

    @Test
    void a_spreadsheet_formula_in_a_field_is_defused_in_the_csv() {
        assertThat(org.powerpartnership.accountability.web.OpenDataTestAccess.cell("=HYPERLINK(\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(org.powerpartnership.accountability.web.OpenDataTestAccess.cell("plain, with comma"))
                .isEqualTo("\"plain, with comma\"");
    }

    /** Launches and takes the first stage to its panel; the given members vote as said, the rest approve. */
    private Consultation decideFirstStage(Cycle.Cast cast, Map<String, String> decisions) {
        LaunchRequest request = cycle.launchRequest(cast, false, ConsultationSettings.defaults());
        Consultation consultation = cycle.confirmPanel(cast, consultations.launch(cast.lead(), request));
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        for (WorkItem vote : cycle.open(consultation, "Task_VoteOnStage")) {
            String decision = decisions.getOrDefault(vote.assignee(), "approve");
            if (signOff.gatesOf(consultation.id()).get(0).isOpen()) {
                cycle.complete(cast, vote, "return".equals(decision)
                        ? Map.of("decision", "return", "reasons", RETURN_REASONS) : Map.of("decision", "approve"));
            }
        }
        assertThat(signOff.gatesOf(consultation.id()).get(0).isOpen()).isFalse();
        return consultation;
    }
}
