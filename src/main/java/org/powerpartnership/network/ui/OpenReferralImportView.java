package org.powerpartnership.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.network.ImportReport;
import org.powerpartnership.network.OpenReferralImport;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Officers and administrators bring in a published Open Referral UK directory: one JSON file, held in memory, all
 * or nothing. The report says how many organisations were added and updated, or that nothing was stored and why,
 * record by record, so the file can be corrected and uploaded again.
 */
@Route("organisations/import")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class OpenReferralImportView extends Main implements HasDynamicTitle {

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final UnorderedList refused = new UnorderedList();

    private final transient OpenReferralImport imports;
    private final SignedInUser officer;

    OpenReferralImportView(OpenReferralImport imports, CurrentUser currentUser) {
        this.imports = imports;
        this.officer = currentUser.require();
        addClassName("pp-admin");
        H1 heading = new H1(getTranslation("orukImport.title"));
        heading.setId("oruk-import-heading");
        Anchor ours = new Anchor("open-data/organisations.json", getTranslation("orukImport.export"));
        ours.setId("oruk-import-export");
        upload = new Upload(UploadHandler.inMemory(this::received));
        upload.setId("oruk-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OpenReferralImport.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new Button(getTranslation("orukImport.upload")));
        upload.addFileRejectedListener(rejected -> showOnly(getTranslation("orukImport.fileNotTaken",
                rejected.getFileName(), OpenReferralImport.MAX_FILE_BYTES / 1_000_000)));
        Div result = new Div(summary, refused);
        result.setId("oruk-import-result");
        summary.setId("oruk-import-summary");
        summary.getElement().setAttribute("role", "status");
        refused.setId("oruk-import-refused");
        add(heading, new Paragraph(getTranslation("orukImport.intro")),
                new Paragraph(getTranslation("orukImport.allOrNothing")), new Paragraph(ours),
                new H2(getTranslation("orukImport.fileHeading")), upload, result);
    }

    private void received(UploadMetadata file, byte[] content) {
        show(imports.importFile(officer, file.fileName(), content));
        upload.clearFileList();
    }

    void show(ImportReport report) {
        if (report.fileProblem() != null) {
            showOnly(FieldProblems.message(this, report.fileProblem()));
        } else if (!report.stored()) {
            showOnly(getTranslation("orukImport.refused", report.refused().size()));
            report.refused().forEach(record -> refused.add(refusedRecord(record)));
        } else {
            String stored = getTranslation("orukImport.stored", report.added(), report.updated());
            showOnly(report.defaultedKinds() == 0 ? stored
                    : stored + " " + getTranslation("orukImport.defaultedKinds", report.defaultedKinds()));
        }
    }

    private ListItem refusedRecord(ImportReport.RefusedRecord record) {
        String name = record.name() == null || record.name().isBlank()
                ? getTranslation("orukImport.record.unnamed", record.position())
                : getTranslation("orukImport.record", record.position(), record.name());
        UnorderedList reasons = new UnorderedList();
        record.reasons().forEach(reason -> reasons.add(new ListItem(FieldProblems.message(this, reason))));
        ListItem item = new ListItem(new Paragraph(name), reasons);
        item.setId("oruk-import-record-" + record.position());
        return item;
    }

    private void showOnly(String message) {
        summary.setText(message);
        refused.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orukImport.title");
    }
}
