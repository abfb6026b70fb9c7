package org.powerpartnership.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form, rendered in real Chromium inside the shell, passes axe-core (WCAG 2.2 A and AA) after a failed check:
 * the state with the most on screen (every message beside its field).
 */
@IntegrationTest
class FormsAccessibilityIT {

    @LocalServerPort
    int port;

    @Test
    void every_form_with_its_problems_showing_passes_axe_core() throws IOException {
        List<String> ids = FormsRenderIT.formFiles().map(Path::getFileName).map(Path::toString)
                .map(name -> name.substring(0, name.length() - ".form".length())).toList();
        try (Browser browser = Browser.open(port)) {
            for (String id : ids) {
                browser.go("/test-forms/" + id);
                assertThat(browser.has("[data-form-id='" + id + "']")).as(id).isTrue();
                browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        browser.find("#form-preview-check"));
                browser.click("#form-preview-check");
                assertThat(browser.has("[invalid]")).as(id + " shows problems").isTrue();
                browser.assertAccessible("form " + id + " with problems");
                if (List.of("access-plan", "co-design-contribution", "survey-response", "panel-vote").contains(id)) {
                    browser.screenshot("forms-" + id);
                }
            }
        }
    }
}
