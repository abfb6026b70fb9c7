package org.powerpartnership.consultation.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationExports;
import org.powerpartnership.consultation.ConsultationRecords;
import org.powerpartnership.consultation.ConsultationRecords.Summary;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;

/**
 * Every consultation the officer works on (admins: all, read only), with its stage, status and what is due; sorted
 * and filtered in place (a plain table: every screen reader and keyboard knows it). Each opens its overview; its record can be exported as CSV or JSON.
 */
@Route("consultations")
@Menu(title = "nav.consultations", order = 11)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ConsultationsView extends Main implements HasDynamicTitle {

    private final List<Summary> all;

    final TextField search = new TextField();
    final Select<String> status = new Select<>();
    final Select<StageKey> stage = new Select<>();
    final NativeTable table = new NativeTable();
    private final List<Column> columns = new java.util.ArrayList<>();
    private List<Summary> shown = List.of();
    private String sortKey = "nextDue";
    private boolean ascending = true;

    private record Column(String key, NativeTableHeaderCell header, Comparator<Summary> comparator,
                          java.util.function.Function<Summary, com.vaadin.flow.component.Component> cell) {
    }
    final ComboBox<Consultation> exportChoice = new ComboBox<>();
    final Paragraph count = new Paragraph();
    final ExportPanel export;

    ConsultationsView(ConsultationRecords records, ConsultationExports exports, Background background,
                      CurrentUser currentUser) {
        SignedInUser user = currentUser.requireAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassName("pp-officer");
        all = records.listFor(user);

        add(new H1(getTranslation("consultations.heading")));
        Paragraph intro = new Paragraph(getTranslation(user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)
                ? "consultations.introAdmin" : "consultations.intro"));
        add(intro);
        if (user.hasRole(Roles.OFFICER)) {
            Anchor launch = new Anchor("launch", getTranslation("consultations.launch"));
            launch.setId("consultations-launch");
            launch.addClassName("pp-button-link");
            add(launch);
        }

        search.setLabel(getTranslation("consultations.search"));
        search.setId("consultations-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        status.setLabel(getTranslation("consultations.status"));
        status.setId("consultations-status");
        status.setItems(Consultation.ACTIVE, Consultation.COMPLETED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("consultations.anyStatus"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("consultations.anyStatus")
                : Texts.word(this, "consultation.status.", s));
        stage.setLabel(getTranslation("consultations.stage"));
        stage.setId("consultations-stage");
        stage.setItems(StageKey.inOrder());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("consultations.anyStage"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("consultations.anyStage") : Texts.stage(this, s));
        search.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        stage.addValueChangeListener(e -> filter());
        Div filters = new Div(search, status, stage);
        filters.addClassName("pp-filters");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("consultations.filters"));

        table.setId("consultations-table");
        table.addClassName("pp-table");
        table.setCaptionText(getTranslation("consultations.gridLabel"));
        table.getCaption().addClassName("pp-visually-hidden");
        column("title", "consultations.col.title",
                Comparator.comparing((Summary s) -> s.consultation().title().toLowerCase(Locale.ROOT)), this::titleLink);
        column("ref", "consultations.col.ref", Comparator.comparing((Summary s) -> s.consultation().ref()),
                s -> new Span(s.consultation().ref()));
        column("stage", "consultations.col.stage",
                Comparator.comparing((Summary s) -> stageNumber(s.consultation().currentStage())),
                s -> new Span(Texts.stage(this, s.consultation().currentStage())));
        column("status", "consultations.col.status", Comparator.comparing((Summary s) -> s.consultation().status()),
                s -> new Span(Texts.word(this, "consultation.status.", s.consultation().status())));
        column("open", "consultations.col.open", Comparator.comparingInt(Summary::openTasks),
                s -> new Span(String.valueOf(s.openTasks())));
        column("overdue", "consultations.col.overdue", Comparator.comparingInt(Summary::overdueTasks),
                s -> s.overdueTasks() == 0 ? new Span("0") : badge(String.valueOf(s.overdueTasks()), "warning"));
        column("nextDue", "consultations.col.nextDue",
                Comparator.comparing(Summary::nextDue, Comparator.nullsLast(Instant::compareTo)),
                s -> new Span(Texts.date(this, s.nextDue())));
        column("lead", "consultations.col.lead", Comparator.comparing(Summary::leadName),
                s -> new Span(s.leadName()));
        NativeTableRow headRow = new NativeTableRow();
        columns.forEach(c -> headRow.add(c.header()));
        table.getHead().addRows(headRow);

        count.setId("consultations-count");
        count.getElement().setAttribute("aria-live", "polite");

        exportChoice.setLabel(getTranslation("export.choose"));
        exportChoice.setId("export-consultation");
        exportChoice.setItems(all.stream().map(Summary::consultation).toList());
        exportChoice.setItemLabelGenerator(c -> c.title() + " (" + c.ref() + ")");
        export = new ExportPanel(exports, background, user, exportChoice::getValue);
        export.addComponentAtIndex(2, exportChoice);

        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("consultations.empty"));
            empty.setId("consultations-empty");
            add(empty);
        } else {
            Div scroller = new Div(table);
            scroller.addClassName("pp-table-scroller");
            add(filters, count, scroller, export);
        }
        filter();
    }

    private Anchor titleLink(Summary summary) {
        Anchor link = new Anchor("consultation/" + summary.consultation().id(), summary.consultation().title());
        link.setId("consultation-link-" + summary.consultation().id());
        return link;
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<Summary> shown = all.stream()
                .filter(s -> text.isEmpty() || s.consultation().title().toLowerCase(Locale.ROOT).contains(text)
                        || s.consultation().ref().toLowerCase(Locale.ROOT).contains(text))
                .filter(s -> status.getValue() == null || status.getValue().equals(s.consultation().status()))
                .filter(s -> stage.getValue() == null || stage.getValue().name().equals(s.consultation().currentStage()))
                .toList();
        List<Summary> sorted = new java.util.ArrayList<>(shown);
        columns.stream().filter(c -> c.key().equals(sortKey)).findFirst().ifPresent(c ->
                sorted.sort(ascending ? c.comparator() : c.comparator().reversed()));
        this.shown = sorted;
        table.getBody().removeAllRows();
        for (Summary summary : sorted) {
            NativeTableRow row = new NativeTableRow();
            row.setId("consultation-row-" + summary.consultation().id());
            for (Column column : columns) {
                NativeTableCell cell = new NativeTableCell(column.cell().apply(summary));
                cell.getElement().setAttribute("data-column", column.key());
                row.add(cell);
            }
            table.getBody().addRows(row);
        }
        columns.forEach(c -> {
            boolean byThis = c.key().equals(sortKey);
            c.header().getElement().setAttribute("aria-sort", !byThis ? "none" : ascending ? "ascending" : "descending");
            Button button = (Button) c.header().getChildren().findFirst().orElseThrow();
            Span arrow = new Span(byThis ? (ascending ? "▲" : "▼") : "");
            arrow.getElement().setAttribute("aria-hidden", "true");
            button.setSuffixComponent(arrow);
        });
        count.setText(getTranslation("consultations.count", shown.size(), all.size()));
    }

    List<Summary> shown() {
        return shown;
    }

    /** Sorts by a column; choosing the same column again reverses the order. */
    void sortBy(String key) {
        ascending = !key.equals(sortKey) || !ascending;
        sortKey = key;
        filter();
    }

    private void column(String key, String headerKey, Comparator<Summary> comparator,
                        java.util.function.Function<Summary, com.vaadin.flow.component.Component> cell) {
        Button sort = new Button(getTranslation(headerKey), click -> sortBy(key));
        sort.setId("consultations-sort-" + key);
        sort.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        sort.addClassName("pp-sort");
        NativeTableHeaderCell header = new NativeTableHeaderCell(sort);
        header.getElement().setAttribute("scope", "col");
        columns.add(new Column(key, header, comparator, cell));
    }

    private static int stageNumber(String stage) {
        if (stage == null) {
            return 99;
        }
        try {
            return StageKey.valueOf(stage).number();
        } catch (IllegalArgumentException unknown) {
            return 98;
        }
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("pp-badge", "pp-badge-" + variant);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.title");
    }
}
