package org.powerpartnership.survey.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The survey as a Camunda Modeler {@code .form} file: a download of the saved working copy, and an upload kept in
 * memory (a form is small) that the builder checks like any edit.
 */
class FormFiles extends Section {

    static final int MAX_FILE_BYTES = 1_000_000;

    final Anchor export;
    final Upload upload;

    FormFiles(String fileName, Supplier<String> saved, BiConsumer<String, byte[]> onImport,
              Consumer<String> onRejected) {
        setId("survey-files");
        H2 heading = new H2(getTranslation("surveyBuilder.files.heading"));
        export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = saved.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("surveyBuilder.export", fileName));
        export.setId("survey-export");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            onImport.accept(metadata.fileName(), bytes);
            upload().clearFileList();
        }));
        upload.setId("survey-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".form", ".json", "application/json");
        upload.setUploadButton(new Button(getTranslation("surveyBuilder.import.button")));
        upload.addFileRejectedListener(rejected -> onRejected.accept(getTranslation("surveyBuilder.import.rejected",
                rejected.getFileName(), MAX_FILE_BYTES / 1000)));
        add(heading, new Paragraph(getTranslation("surveyBuilder.export.help")), new Paragraph(export),
                new Paragraph(getTranslation("surveyBuilder.import.help")), upload);
    }

    private Upload upload() {
        return upload;
    }
}
