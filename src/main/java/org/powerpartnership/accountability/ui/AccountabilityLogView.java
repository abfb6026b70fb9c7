package org.powerpartnership.accountability.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.accountability.PublicRecord;
import org.powerpartnership.consultation.Consultation;

/**
 * The accountability log across all consultations, for anyone: every decision of the panel, every published response,
 * every commitment's status and every answer of a sponsor, the latest first, filterable by area and status (the filter
 * is in the address, so a filtered log can be shared), with the same data as an Atom feed, CSV and JSON.
 */
@Route("record")
@Menu(title = "nav.record", order = 5)
@AnonymousAllowed
class AccountabilityLogView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String AREA = "area";
    static final String STATUS = "status";
    private static final String ALL = "";

    private final PublicRecord records;

    AccountabilityLogView(PublicRecord records) {
        this.records = records;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String area = query.getSingleParameter(AREA).orElse(ALL);
        String status = query.getSingleParameter(STATUS).orElse(ALL);
        removeAll();
        add(new H1(getTranslation("log.heading")), new Paragraph(getTranslation("log.intro")));
        add(filters(area, status), entries(area, status), downloads(area, status), consultations());
    }

    private Component filters(String area, String status) {
        Div filters = new Div();
        filters.setId("log-filters");
        filters.addClassName("pp-filters");
        Select<String> areaSelect = select("log-area", "log.filter.area", records.areas(), area,
                value -> value.isEmpty() ? getTranslation("log.filter.allAreas") : value);
        Select<String> statusSelect = select("log-status", "log.filter.status", records.statuses(), status,
                value -> value.isEmpty() ? getTranslation("log.filter.allStatuses")
                        : getTranslation("record.status." + value));
        areaSelect.addValueChangeListener(change -> filter(change.getValue(), statusSelect.getValue()));
        statusSelect.addValueChangeListener(change -> filter(areaSelect.getValue(), change.getValue()));
        filters.add(areaSelect, statusSelect);
        return filters;
    }

    private Select<String> select(String id, String labelKey, List<String> values, String current,
                                  com.vaadin.flow.component.ItemLabelGenerator<String> labels) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(values);
        if (!current.isEmpty() && !items.contains(current)) {
            items.add(current);
        }
        select.setItems(items);
        select.setItemLabelGenerator(labels);
        select.setValue(current);
        return select;
    }

    private void filter(String area, String status) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (area != null && !area.isEmpty()) {
            parameters.put(AREA, area);
        }
        if (status != null && !status.isEmpty()) {
            parameters.put(STATUS, status);
        }
        getUI().ifPresent(ui -> ui.navigate("record", QueryParameters.simple(parameters)));
    }

    private Component entries(String area, String status) {
        Section section = Texts.section(this, "log-entries", "log.entries.heading");
        List<PublicRecord.LogEntry> entries = records.log(area, status);
        Paragraph count = new Paragraph(getTranslation("log.entries.count", entries.size()));
        count.setId("log-count");
        count.getElement().setAttribute("role", "status");
        section.add(count);
        if (entries.isEmpty()) {
            return section;
        }
        NativeTable table = new NativeTable();
        table.setId("log-table");
        table.addClassName("pp-table");
        table.setCaptionText(getTranslation("log.table.caption"));
        table.getHead().addRows(new NativeTableRow(header("log.table.date"), header("log.table.consultation"),
                header("log.table.area"), header("log.table.what"), header("log.table.status"),
                header("log.table.detail")));
        for (PublicRecord.LogEntry entry : entries) {
            Anchor consultation = new Anchor("record/" + entry.consultationRef(), entry.consultationTitle());
            NativeTableCell date = new NativeTableCell(Texts.date(this, entry.at()));
            date.addClassName("pp-nowrap");
            NativeTableRow row = new NativeTableRow(date,
                    new NativeTableCell(consultation), new NativeTableCell(entry.area() == null ? "" : entry.area()),
                    new NativeTableCell(what(entry)),
                    new NativeTableCell(getTranslation("record.status." + entry.status())),
                    new NativeTableCell(detail(entry)));
            row.setId("log-" + entry.id());
            table.getBody().addRows(row);
        }
        section.add(table);
        return section;
    }

    private String what(PublicRecord.LogEntry entry) {
        String subject = PublicRecord.STAGE_DECISION.equals(entry.kind())
                ? Texts.stage(this, entry.subject()) : entry.subject();
        return getTranslation("log.what", getTranslation("record.kind." + entry.kind()), subject);
    }

    private String detail(PublicRecord.LogEntry entry) {
        String text = entry.detail() == null ? "" : entry.detail();
        if (PublicRecord.STAGE_DECISION.equals(entry.kind())) {
            String count = getTranslation("log.detail.decision", entry.approvals(), entry.returns());
            text = text.isEmpty() ? count : count + " " + text;
        } else if (PublicRecord.COMMITMENT.equals(entry.kind())) {
            text = getTranslation("log.detail.commitment", entry.owner(), Texts.date(this, entry.dueOn()));
        }
        return text.length() > 280 ? text.substring(0, 277) + "…" : text;
    }

    private NativeTableHeaderCell header(String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private Component downloads(String area, String status) {
        Section section = Texts.section(this, "log-downloads", "log.downloads.heading");
        section.add(new Paragraph(getTranslation("log.downloads.intro")));
        String query = query(area, status);
        UnorderedList list = new UnorderedList(
                download("log-atom", "open-data/accountability.atom" + query, "log.downloads.atom"),
                download("log-csv", "open-data/accountability.csv" + query, "log.downloads.csv"),
                download("log-json", "open-data/accountability.json" + query, "log.downloads.json"));
        section.add(list);
        return section;
    }

    private ListItem download(String id, String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setRouterIgnore(true);
        anchor.setId(id);
        return new ListItem(anchor);
    }

    private static String query(String area, String status) {
        List<String> parts = new ArrayList<>();
        if (!area.isEmpty()) {
            parts.add(AREA + "=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
        }
        if (!status.isEmpty()) {
            parts.add(STATUS + "=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private Component consultations() {
        Section section = Texts.section(this, "log-consultations", "log.consultations.heading");
        List<Consultation> all = records.consultations();
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("log.consultations.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Consultation consultation : all) {
            Anchor link = new Anchor("record/" + consultation.ref(), consultation.title());
            link.setId("record-link-" + consultation.ref());
            list.add(new ListItem(link));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("log.title");
    }
}
