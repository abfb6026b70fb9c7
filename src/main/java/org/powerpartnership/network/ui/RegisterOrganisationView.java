package org.powerpartnership.network.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.Registration;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Anyone signed in registers their organisation for an officer to review. A name already in the directory is
 * refused beside the name, with an offer to ask to join that organisation instead; nothing typed is lost.
 */
@Route("organisations/register")
@PermitAll
class RegisterOrganisationView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final TextArea areas = new TextArea();
    final TextArea description = new TextArea();
    final TextArea message = new TextArea();
    final Button send = new Button();
    final Div joinInstead = new Div();
    final Paragraph problem = new Paragraph();

    private final transient OrganisationApplications applications;
    private final transient CurrentUser currentUser;

    RegisterOrganisationView(OrganisationApplications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
        addClassName("pp-narrow");
        H1 heading = new H1(getTranslation("joining.register.heading"));
        heading.setId("register-organisation-heading");

        name.setLabel(getTranslation("joining.register.name"));
        name.setId("register-organisation-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setLabel(getTranslation("joining.register.kind"));
        kind.setId("register-organisation-kind");
        kind.setRequiredIndicatorVisible(true);
        kind.setItems(Arrays.asList(OrganisationKind.values()));
        kind.setItemLabelGenerator(each -> getTranslation("joining.kind." + each.code()));
        areas.setLabel(getTranslation("joining.register.areas"));
        areas.setHelperText(getTranslation("joining.register.areas.help"));
        areas.setId("register-organisation-areas");
        areas.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("joining.register.description"));
        description.setId("register-organisation-description");
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(2000);
        message.setLabel(getTranslation("joining.register.message"));
        message.setHelperText(getTranslation("joining.register.message.help"));
        message.setId("register-organisation-message");
        message.setMaxLength(2000);

        joinInstead.setId("register-organisation-join-instead");
        joinInstead.setVisible(false);
        problem.setId("register-organisation-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        send.setText(getTranslation("joining.register.send"));
        send.setId("register-organisation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());

        FormLayout form = new FormLayout(name, kind, areas, description, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(heading, new Paragraph(getTranslation("joining.register.intro")), form, joinInstead, problem, send,
                new Paragraph(new Anchor("my-organisations", getTranslation("joining.register.back"))));
    }

    void send() {
        joinInstead.setVisible(false);
        problem.setVisible(false);
        try {
            applications.register(currentUser.require(), new Registration(name.getValue(),
                    kind.getValue() == null ? null : kind.getValue().code(), lines(areas.getValue()),
                    description.getValue(), message.getValue()));
            getUI().ifPresent(ui -> ui.navigate("my-organisations"));
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(), Map.of("name", name,
                    "kind", kind, "areas", areas, "description", description, "message", message));
            unplaced.forEach(each -> {
                problem.setText(FieldProblems.message(this, each));
                problem.setVisible(true);
            });
            invalid.problemFor("name").filter(taken -> taken.args().size() == 2).ifPresent(this::offerToJoin);
            send.setEnabled(true);
        }
    }

    /** The organisation is already in the directory: asking to join it is usually what the person wants. */
    private void offerToJoin(FieldProblem taken) {
        long organisationId = ((Number) taken.args().get(1)).longValue();
        joinInstead.removeAll();
        Button ask = new Button(getTranslation("joining.register.joinInstead", taken.args().get(0)), click -> {
            try {
                applications.askToJoin(currentUser.require(), organisationId, message.getValue());
                getUI().ifPresent(ui -> ui.navigate("my-organisations"));
            } catch (InvalidInputException refused) {
                problem.setText(refused.problems().stream().map(p -> FieldProblems.message(this, p))
                        .reduce((a, b) -> a + " " + b).orElse(""));
                problem.setVisible(true);
            }
        });
        ask.setId("register-organisation-ask-to-join");
        joinInstead.add(new Paragraph(getTranslation("joining.register.joinInstead.intro")), ask);
        joinInstead.setVisible(true);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\n,;]")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.register.title");
    }
}
