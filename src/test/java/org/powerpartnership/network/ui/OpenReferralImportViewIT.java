package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;

import org.junit.jupiter.api.Test;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer brings in an Open Referral UK file and reads what happened; a resident cannot open the screen. */
class OpenReferralImportViewIT extends KaribuTest {

    @Autowired
    NetworkService network;

    @Test
    void an_officer_imports_a_file_and_is_told_how_many_organisations_were_added() {
        String name = "Eastgate Youth Project " + UUID.randomUUID().toString().substring(0, 8);
        signInAs(Roles.OFFICER);
        navigate("organisations/import");
        OpenReferralImportView view = _get(OpenReferralImportView.class);

        UploadKt._upload(view.upload, "eastgate.json", file(UUID.randomUUID(), name, "Youth clubs and trips."));

        assertThat(view.summary.getText()).startsWith("Imported: 1 organisations added, 0 updated.");
        assertThat(network.directory()).extracting(Organisation::name).contains(name);
    }

    @Test
    void a_refused_file_says_nothing_was_stored_and_lists_each_record_with_its_reasons() {
        String name = "Westgate Allotments " + UUID.randomUUID().toString().substring(0, 8);
        signInAs(Roles.OFFICER);
        navigate("organisations/import");
        OpenReferralImportView view = _get(OpenReferralImportView.class);

        UploadKt._upload(view.upload, "westgate.json", ("{\"contents\": [{\"id\": \"" + UUID.randomUUID()
                + "\", \"name\": \"" + name + "\"}]}").getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo(
                "Nothing was stored: 1 records cannot be imported. Correct them in the file and upload it again.");
        ListItem record = _get(ListItem.class, spec -> spec.withId("oruk-import-record-1"));
        assertThat(record.getElement().getTextRecursively()).contains("Record 1: " + name)
                .contains("“description” is missing.");
        assertThat(network.directory()).extracting(Organisation::name).doesNotContain(name);

        UploadKt._upload(view.upload, "notes.txt", "not json at all".getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).startsWith("Nothing was stored: the file is not JSON.");
        assertThat(_find(ListItem.class, spec -> spec.withId("oruk-import-record-1"))).isEmpty();
    }

    @Test
    void a_resident_cannot_open_the_import() {
        signInAs(Roles.RESIDENT);
        navigate("organisations/import");
        assertThat(_find(H1.class, spec -> spec.withId("oruk-import-heading"))).isEmpty();
    }

    private static byte[] file(UUID id, String name, String description) {
        return ("{\"contents\": [{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"description\": \""
                + description + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }
}
