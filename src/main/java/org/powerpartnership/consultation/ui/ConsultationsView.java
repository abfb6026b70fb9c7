package org.powerpartnership.consultation.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
 * and filtered in place. Each opens its overview; its record can be exported as CSV or JSON.
 */
@Route("consultations")
@Menu(title = "nav.consultations", order = 11)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ConsultationsView extends Main implements HasDynamicTitle {

    private final List<Summary> all;

    final TextField search = new TextField();
    final Select<String> status = new Select<>();
    final Select<StageKey> stage = new Select<>();
    final Grid<Summary> grid = new Grid<>();
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

        grid.setId("consultations-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("consultations.gridLabel"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("consultations.col.title"))
                .setComparator(Comparator.comparing((Summary s) -> s.consultation().title().toLowerCase(Locale.ROOT)))
                .setSortable(true).setFlexGrow(3).setKey("title");
        grid.addColumn(s -> s.consultation().ref()).setHeader(getTranslation("consultations.col.ref"))
                .setSortable(true).setKey("ref").setAutoWidth(true);
        grid.addColumn(s -> Texts.stage(this, s.consultation().currentStage()))
                .setHeader(getTranslation("consultations.col.stage"))
                .setComparator(Comparator.comparing((Summary s) -> stageNumber(s.consultation().currentStage())))
                .setSortable(true).setKey("stage").setFlexGrow(2);
        grid.addColumn(s -> Texts.word(this, "consultation.status.", s.consultation().status()))
                .setHeader(getTranslation("consultations.col.status")).setSortable(true).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(Summary::openTasks).setHeader(getTranslation("consultations.col.open"))
                .setComparator(Comparator.comparingInt(Summary::openTasks)).setSortable(true).setKey("open")
                .setAutoWidth(true);
        grid.addColumn(Summary::overdueTasks).setHeader(getTranslation("consultations.col.overdue"))
                .setComparator(Comparator.comparingInt(Summary::overdueTasks)).setSortable(true).setKey("overdue")
                .setAutoWidth(true);
        grid.addColumn(s -> Texts.date(this, s.nextDue())).setHeader(getTranslation("consultations.col.nextDue"))
                .setComparator(Comparator.comparing(Summary::nextDue, Comparator.nullsLast(Instant::compareTo)))
                .setSortable(true).setKey("nextDue").setAutoWidth(true);
        grid.addColumn(Summary::leadName).setHeader(getTranslation("consultations.col.lead")).setSortable(true)
                .setKey("lead").setAutoWidth(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(s -> exportChoice.setValue(s.consultation())));

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
            add(filters, count, grid, export);
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
        grid.setItems(shown);
        count.setText(getTranslation("consultations.count", shown.size(), all.size()));
    }

    List<Summary> shown() {
        return grid.getGenericDataView().getItems().toList();
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
