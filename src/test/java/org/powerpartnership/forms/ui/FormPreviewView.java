package org.powerpartnership.forms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.forms.FormCatalog;

/**
 * Test-only screen (it lives in src/test, so the product never has it): any form from the catalogue inside the
 * application shell, as a feature screen would show it, with a button that validates. Browser tests run axe-core on it.
 */
@Route("test-forms")
@AnonymousAllowed
class FormPreviewView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient FormCatalog catalog;
    private String title = "Form preview";

    FormPreviewView(FormCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void setParameter(BeforeEvent event, String formId) {
        removeAll();
        title = formId;
        CamundaFormRenderer renderer = new CamundaFormRenderer(catalog.byId(formId));
        Button check = new Button("Check answers", click -> renderer.validate());
        check.setId("form-preview-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(formId), new H2("Your answers"), renderer, check);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
