package org.powerpartnership.participation.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.participation.ResponseBrowser;

/**
 * How each choice question was answered: a bar chart drawn on the server as SVG (an image with a title that says
 * every figure, for screen readers) and a real table with the same counts and shares.
 */
final class ChoiceSummaries {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_MAX = 280;
    private static final int ROW = 28;

    private ChoiceSummaries() {
    }

    static Section of(Component translator, List<ResponseBrowser.ChoiceSummary> summaries) {
        Section section = new Section();
        section.setId("responses-summaries");
        Locale locale = translator.getUI().map(ui -> ui.getLocale()).orElse(Locale.UK);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        int n = 0;
        for (ResponseBrowser.ChoiceSummary summary : summaries) {
            n++;
            String id = "responses-summary-" + summary.question().key();
            Div one = new Div();
            one.setId(id);
            one.addClassName("pp-summary");
            one.add(new H3(summary.question().label()));
            one.add(new Paragraph(translator.getTranslation("responses.summary.answered", summary.answered())));
            one.add(chart(translator, summary, percent, "summary-" + n));
            one.add(table(translator, summary, percent, id + "-table"));
            section.add(one);
        }
        return section;
    }

    private static Svg chart(Component translator, ResponseBrowser.ChoiceSummary summary, NumberFormat percent,
                             String idPrefix) {
        List<ResponseBrowser.OptionCount> options = summary.options();
        int height = Math.max(1, options.size()) * ROW + 8;
        StringBuilder title = new StringBuilder(translator.getTranslation("responses.summary.chartTitle",
                summary.question().label(), summary.answered()));
        StringBuilder bars = new StringBuilder();
        int y = 4;
        for (ResponseBrowser.OptionCount option : options) {
            String figure = translator.getTranslation("responses.summary.figure", option.count(),
                    percent.format(option.share()));
            title.append(' ').append(option.label()).append(": ").append(figure).append('.');
            int bar = (int) Math.round(option.share() * BAR_MAX);
            bars.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"14\" fill=\"currentColor\">")
                    .append(escape(shorten(option.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(Math.max(bar, 1)).append("\" height=\"18\" fill=\"#1a5f8a\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + Math.max(bar, 1) + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"14\" fill=\"currentColor\">").append(escape(figure)).append("</text>");
            y += ROW;
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + idPrefix
                + "-title\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" style=\"max-width:" + WIDTH
                + "px\"><title id=\"" + idPrefix + "-title\">" + escape(title.toString()) + "</title>" + bars + "</svg>";
        Svg chart = new Svg(svg);
        chart.addClassName("pp-summary-chart");
        return chart;
    }

    private static NativeTable table(Component translator, ResponseBrowser.ChoiceSummary summary,
                                     NumberFormat percent, String id) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("pp-table");
        table.setCaptionText(translator.getTranslation("responses.summary.caption", summary.question().label()));
        NativeTableHeader head = table.getHead();
        head.add(new NativeTableRow(
                scoped(translator.getTranslation("responses.summary.option")),
                scoped(translator.getTranslation("responses.summary.count")),
                scoped(translator.getTranslation("responses.summary.share"))));
        NativeTableBody body = table.getBody();
        for (ResponseBrowser.OptionCount option : summary.options()) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(option.label());
            label.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(label, new NativeTableCell(String.valueOf(option.count())),
                    new NativeTableCell(percent.format(option.share()))));
        }
        return table;
    }

    private static NativeTableHeaderCell scoped(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static String shorten(String label) {
        return label.length() > 32 ? label.substring(0, 31) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
