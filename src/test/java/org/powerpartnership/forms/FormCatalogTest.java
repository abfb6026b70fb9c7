package org.powerpartnership.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

class FormCatalogTest {

    @Test
    void every_form_file_is_in_the_catalogue_under_its_id() throws IOException {
        FormCatalog catalog = new FormCatalog();

        assertThat(catalog.ids()).containsExactlyInAnyOrderElementsOf(
                FormFilesTest.formFiles().map(FormFilesTest::idOf).toList());
        assertThat(catalog.byId("panel-vote").keys()).containsExactly("decision", "reasons", "comments");
    }

    @Test
    void asking_for_a_form_that_does_not_exist_says_which_forms_do() {
        assertThatThrownBy(() -> new FormCatalog().byId("no-such-form"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no-such-form").hasMessageContaining("panel-vote");
    }

    @Test
    void a_broken_form_stops_the_start_and_names_its_file() {
        assertThatThrownBy(() -> new FormCatalog("classpath*:form-fixtures/broken/*.form"))
                .isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("broken-form.form").hasMessageContaining("Field_Tags");
    }
}
