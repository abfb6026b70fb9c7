package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.forms.FormOption;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResponseBrowser;
import org.powerpartnership.participation.ResponseExports;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's responses screen: filters, paging, summaries and the names-free export. */
class ResponsesViewIT extends KaribuTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\") is what I typed";

    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;
    @Autowired
    ResponseExports exports;

    @Test
    void filters_by_channel_area_choice_answer_and_words_narrow_the_list() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = withResponses(cast);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/responses");
        assertThat(status()).isEqualTo("Showing 1 to 5 of 5 responses");

        _setValue(_get(ComboBox.class, spec -> spec.withId("responses-channel")), "paper");
        assertThat(status()).isEqualTo("Showing 1 to 2 of 2 responses");
        _click(_get(Button.class, spec -> spec.withId("responses-clear")));

        ComboBox<String> area = combo("responses-area");
        assertThat(area.getListDataView().getItems().toList()).containsExactly("CF10", "LS6");
        _setValue(area, "LS6");
        assertThat(status()).isEqualTo("Showing 1 to 2 of 2 responses");
        _click(_get(Button.class, spec -> spec.withId("responses-clear")));

        ComboBox<ResponseBrowser.Question> question = combo("responses-question");
        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals("agreement"))
                .findFirst().orElseThrow());
        ComboBox<FormOption> choice = combo("responses-choice");
        _setValue(choice, choice.getListDataView().getItems().filter(o -> o.value().equals("disagree"))
                .findFirst().orElseThrow());
        assertThat(status()).isEqualTo("Showing 1 to 2 of 2 responses");

        _setValue(_get(TextField.class, spec -> spec.withId("responses-text")), "BUS SHELTER");
        assertThat(status()).isEqualTo("Showing 1 to 1 of 1 responses");
        String shown = text("responses-list");
        assertThat(shown).contains("How much do you agree with the proposal?").contains("No bus shelter at the top stop.")
                .contains("Disagree").contains("Paper");
    }

    @Test
    void summaries_count_each_answer_with_its_share_in_a_chart_and_a_table() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = withResponses(cast);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/responses");

        NativeTable table = _get(NativeTable.class, spec -> spec.withId("responses-summary-agreement-table"));
        assertThat(rows(table)).contains("Strongly agree|2|40%", "Disagree|2|40%", "Agree|1|20%",
                "Strongly disagree|0|0%");
        Component summary = _get(Component.class, spec -> spec.withId("responses-summary-agreement"));
        String svg = summary.getChildren().filter(c -> c instanceof com.vaadin.flow.component.Svg).findFirst()
                .orElseThrow().getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"").contains("<title").contains("Strongly agree: 2 (40%)");

        _setValue(_get(ComboBox.class, spec -> spec.withId("responses-channel")), "online");
        assertThat(rows(_get(NativeTable.class, spec -> spec.withId("responses-summary-agreement-table"))))
                .contains("Strongly agree|1|50%", "Agree|1|50%", "Disagree|0|0%");
    }

    @Test
    void the_csv_export_neutralises_a_formula_and_carries_no_names_or_contact_details() throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = withResponses(cast);
        participation.respondAssisted(cast.partner(), consultation.id(), Map.of("agreement", "agree",
                        "whatMattersMost", FORMULA, "postcode", "LS6 9ZZ"),
                new AssistedResponse("Joan", true, "Joan agreed we keep her answers.", "csv-" + consultation.ref()));
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/responses");
        assertThat(_get(Anchor.class, spec -> spec.withId("responses-export-csv")).getText()).contains(".csv");
        assertThat(_find(Anchor.class, spec -> spec.withId("responses-export-json"))).hasSize(1);

        String csv = exports.csv(cast.lead(), consultation.id(), ResponseBrowser.Filter.NONE);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new java.io.StringReader(csv))
                .getRecords();
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly("channel", "submitted_at", "area", "agreement", "whatMattersMost", "ageBand");
        assertThat(records).hasSize(6);
        assertThat(records).extracting(r -> r.get("whatMattersMost")).contains("'" + FORMULA);
        assertThat(records).extracting(r -> r.get("area")).contains("LS6", "CF10", "");
        assertThat(csv).doesNotContain("Joan").doesNotContain("LS6 9ZZ").doesNotContain("agreed we keep")
                .doesNotContain(cast.partner().userId()).doesNotContain(cast.lead().userId());
        String json = exports.json(cast.lead(), consultation.id(), ResponseBrowser.Filter.NONE);
        assertThat(json).contains(FORMULA.replace("\"", "\\\"")).doesNotContain("Joan")
                .doesNotContain("LS6 9ZZ").doesNotContain(cast.partner().userId());
    }

    @Test
    void responses_come_a_page_at_a_time_newest_first() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = open(cast);
        for (int i = 1; i <= 30; i++) {
            participation.enterOnBehalf(cast.lead(), consultation.id(), Map.of("agreement", "agree",
                    "whatMattersMost", "Paper number " + i + " of the pile."), "paper", "page-" + i + consultation.ref());
        }
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/responses");
        assertThat(status()).isEqualTo("Showing 1 to 25 of 30 responses");
        assertThat(text("responses-list")).contains("Paper number 30 of").doesNotContain("Paper number 5 of");
        assertThat(_get(Button.class, spec -> spec.withId("responses-previous")).isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("responses-next")));
        assertThat(status()).isEqualTo("Showing 26 to 30 of 30 responses");
        assertThat(text("responses-list")).contains("Paper number 5 of").contains("Paper number 1 of")
                .doesNotContain("Paper number 6 of");
        assertThat(_get(Button.class, spec -> spec.withId("responses-next")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("responses-previous")));
        assertThat(status()).isEqualTo("Showing 1 to 25 of 30 responses");
    }

    @Test
    void admins_read_the_responses_and_officers_not_on_the_team_are_refused() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = withResponses(cast);
        signInAs(Roles.ADMIN);
        navigate("consultation/" + consultation.id() + "/responses");
        assertThat(status()).isEqualTo("Showing 1 to 5 of 5 responses");
        assertThat(_find(Anchor.class, spec -> spec.withId("responses-paper"))).isEmpty();

        signInAs(Roles.OFFICER);
        navigate("consultation/" + consultation.id() + "/responses");
        assertThat(text("responses-refused")).contains("Only its team");
        assertThat(_find(Component.class, spec -> spec.withId("responses-list"))).isEmpty();
    }

    /** Five responses: two online (CF10, LS6), two on paper (one LS6), one at an event. */
    private Consultation withResponses(Cycle.Cast cast) {
        Consultation consultation = open(cast);
        long id = consultation.id();
        SignedInUser first = accounts.open(Roles.RESIDENT);
        SignedInUser second = accounts.open(Roles.RESIDENT);
        participation.respond(first, id, answers("strongly_agree", "More trees on the high street please.", "CF10 1AA"),
                "online", null);
        participation.respond(second, id, answers("agree", "Longer opening hours at the library.", null), "online", null);
        participation.enterOnBehalf(cast.lead(), id, answers("disagree", "No bus shelter at the top stop.", "LS6 2AB"),
                "paper", "a-" + consultation.ref());
        participation.enterOnBehalf(cast.lead(), id, answers("strongly_agree", "Benches by the pond would help.", null),
                "paper", "b-" + consultation.ref());
        participation.enterOnBehalf(cast.partner(), id, answers("disagree", "The crossing is far too dangerous.",
                "ls64qq"), "event", "c-" + consultation.ref());
        return consultation;
    }

    private Consultation open(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        return consultation;
    }

    private static Map<String, Object> answers(String agreement, String matters, String postcode) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("agreement", agreement);
        answers.put("whatMattersMost", matters);
        if (postcode != null) {
            answers.put("postcode", postcode);
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static List<String> rows(NativeTable table) {
        List<String> rows = new ArrayList<>();
        table.getBody().getChildren().forEach(row -> rows.add(String.join("|",
                row.getChildren().map(cell -> cell.getElement().getText()).toList())));
        return rows;
    }

    private static String status() {
        return text("responses-status");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
