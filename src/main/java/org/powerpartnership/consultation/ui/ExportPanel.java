package org.powerpartnership.consultation.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationExports;
import org.powerpartnership.shared.SignedInUser;

/**
 * Exports a consultation's record as CSV or JSON. The record is put together on a background thread (a large
 * consultation has many votes and log entries) while a progress bar shows; then a download link appears.
 */
class ExportPanel extends Section {

    private final transient ConsultationExports exports;
    private final transient Background background;
    private final SignedInUser user;
    private final transient Supplier<Consultation> chosen;

    final Button csv = new Button();
    final Button json = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div download = new Div();

    ExportPanel(ConsultationExports exports, Background background, SignedInUser user,
                Supplier<Consultation> chosen) {
        this.exports = exports;
        this.background = background;
        this.user = user;
        this.chosen = chosen;
        setId("export");
        addClassName("pp-export");
        H2 heading = new H2(getTranslation("export.heading"));
        heading.setId("export-heading");
        getElement().setAttribute("aria-labelledby", "export-heading");
        csv.setText(getTranslation("export.csv"));
        csv.setId("export-csv");
        csv.addClickListener(click -> prepare("csv"));
        json.setText(getTranslation("export.json"));
        json.setId("export-json");
        json.addClickListener(click -> prepare("json"));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("export-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("export.preparing.label"));
        status.setId("export-status");
        status.getElement().setAttribute("role", "status");
        download.setId("export-download");
        Div buttons = new Div(csv, json);
        buttons.addClassName("pp-actions");
        add(heading, new Paragraph(getTranslation("export.intro")), buttons, progress, status, download);
    }

    void prepare(String format) {
        Consultation consultation = chosen.get();
        download.removeAll();
        if (consultation == null) {
            status.setText(getTranslation("export.chooseFirst"));
            return;
        }
        csv.setEnabled(false);
        json.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("export.preparing", consultation.title()));
        String fileName = ConsultationExports.fileName(consultation, format);
        getUI().ifPresent(ui -> background.run(ui,
                () -> "csv".equals(format) ? exports.csv(user, consultation.id()) : exports.json(user, consultation.id()),
                text -> ready(fileName, format, text.getBytes(StandardCharsets.UTF_8)),
                error -> failed()));
    }

    private void ready(String fileName, String format, byte[] bytes) {
        finish();
        String type = "csv".equals(format) ? "text/csv;charset=UTF-8" : "application/json";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, type, bytes.length)), AttachmentType.DOWNLOAD,
                getTranslation("export.download", fileName, Math.max(1, (bytes.length + 1023) / 1024)));
        link.setId("export-download-link");
        link.getElement().setAttribute("data-format", format);
        download.add(link);
        status.setText(getTranslation("export.ready", fileName));
        link.focus();
    }

    private void failed() {
        finish();
        status.setText(getTranslation("export.failed"));
    }

    private void finish() {
        progress.setVisible(false);
        csv.setEnabled(true);
        json.setEnabled(true);
    }
}
