package org.powerpartnership.network.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.InvitationChoices;
import org.powerpartnership.network.InvitationDirectory;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkItemPrefill;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.ui.WorkItemPanels;

/**
 * Stage 2, "Choose organisations and invite them": the team searches the directory's active organisations (each
 * with the areas and groups it reaches) and ticks several; a name that is not in the directory is proposed for an
 * officer to confirm and is not invited until then. The rest of the stage's form (why these, the reach aimed for,
 * the summary for the panel) comes from {@code forms/invite-networks.form}; sending completes the work item.
 */
@Route("consultation/:consultationId/invite-networks")
@RolesAllowed(Roles.OFFICER)
class InviteNetworksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InvitationChoices choices;
    private final transient InvitationDirectory directory;
    private final transient NetworkService network;
    private final transient ConsultationService consultations;
    private final transient WorkService work;
    private final transient FormCatalog forms;
    private final transient CurrentUser currentUser;
    private final transient List<WorkItemPrefill> prefills;
    private final transient List<WorkItemPanels> panels;
    final TextArea proposed = new TextArea();
    final Paragraph problem = new Paragraph();
    DirectoryChooser chooser;
    CamundaFormRenderer form;
    Button submit;
    private WorkItem item;
    private String title = "";

    InviteNetworksView(InvitationChoices choices, InvitationDirectory directory, NetworkService network,
                       ConsultationService consultations, WorkService work, FormCatalog forms,
                       CurrentUser currentUser, List<WorkItemPrefill> prefills, List<WorkItemPanels> panels) {
        this.choices = choices;
        this.directory = directory;
        this.network = network;
        this.consultations = consultations;
        this.work = work;
        this.forms = forms;
        this.currentUser = currentUser;
        this.prefills = prefills;
        this.panels = panels;
        addClassName("pp-invite-networks");
        proposed.setId("invite-proposed");
        proposed.setLabel(getTranslation("invite.proposed"));
        proposed.setHelperText(getTranslation("invite.proposed.help"));
        proposed.setMaxLength(2000);
        proposed.setWidthFull();
        problem.setId("invite-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    static String route(long consultationId) {
        return "consultation/" + consultationId + "/invite-networks";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        SignedInUser user = currentUser.require();
        Optional<WorkItem> open = consultationId < 0 ? Optional.empty() : choices.openTask(user, consultationId);
        if (open.isEmpty()) {
            message("invite.closed");
            return;
        }
        item = open.get();
        title = getTranslation("invite.title", consultations.get(consultationId).title());
        H1 heading = new H1(title);
        heading.setId("invite-heading");
        add(heading, new Paragraph(getTranslation("invite.intro")),
                new Anchor("consultation/" + consultationId, getTranslation("invite.back")));
        panels.forEach(panel -> panel.panelFor(item, user).ifPresent(this::add));
        chooser = new DirectoryChooser(directory, new HashSet<>(network.invitedOrganisationIds(consultationId)));
        FormSchema full = forms.byId(InvitationChoices.FORM);
        form = new CamundaFormRenderer(new FormSchema(full.id(), full.components().stream()
                .filter(field -> !isChoice(field)).toList()));
        form.setId("invite-form");
        // A stage the panel returned opens with what was chosen and written last time.
        Map<String, Object> earlier = new HashMap<>();
        prefills.forEach(prefill -> earlier.putAll(prefill.valuesFor(item)));
        form.setValues(earlier);
        InvitationChoices.ids((String) earlier.get(InvitationChoices.CHOSEN)).ifPresent(chooser::choose);
        Object names = earlier.get(InvitationChoices.PROPOSED);
        proposed.setValue(names instanceof String text ? text : "");
        submit = new Button(getTranslation("invite.submit"), click -> submit(user));
        submit.setId("invite-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Section notInDirectory = new Section(new H2(getTranslation("invite.proposed.heading")),
                new Paragraph(getTranslation("invite.proposed.explain")), proposed);
        add(chooser, notInDirectory, problem, form, submit);
    }

    private static boolean isChoice(FormField field) {
        return InvitationChoices.CHOSEN.equals(field.key()) || InvitationChoices.PROPOSED.equals(field.key());
    }

    private void submit(SignedInUser user) {
        problem.setVisible(false);
        Map<String, Object> values = new HashMap<>(form.getValues());
        values.put(InvitationChoices.CHOSEN, chooser.chosen().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        values.put(InvitationChoices.PROPOSED, proposed.getValue());
        List<String> waiting = InvitationChoices.names(proposed.getValue()).stream()
                .filter(name -> directory.active().stream().noneMatch(e -> e.name().equalsIgnoreCase(name)))
                .toList();
        try {
            work.complete(user, item.taskId(), values);
            done(waiting);
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, form.showProblems(invalid.problems()),
                    Map.of(InvitationChoices.CHOSEN, chooser, InvitationChoices.PROPOSED, proposed));
            if (!unplaced.isEmpty()) {
                problem.setText(unplaced.stream().map(p -> FieldProblems.message(this, p))
                        .collect(Collectors.joining(" ")));
                problem.setVisible(true);
            }
            submit.setEnabled(true);
        } catch (WorkItemGoneException gone) {
            removeAll();
            message("work.gone");
        }
    }

    private void done(List<String> waiting) {
        removeAll();
        H1 heading = new H1(getTranslation("invite.done.heading"));
        heading.setId("invite-done");
        List<String> invited = network.partnersOf(item.consultationId()).stream()
                .map(partner -> partner.organisation().name()).toList();
        Paragraph invitedText = new Paragraph(getTranslation("invite.done.invited", String.join(", ", invited)));
        invitedText.setId("invite-done-invited");
        add(heading, invitedText);
        if (!waiting.isEmpty()) {
            Paragraph waitingText = new Paragraph(getTranslation("invite.done.waiting", String.join(", ", waiting)));
            waitingText.setId("invite-done-waiting");
            add(waitingText);
        }
        add(new Paragraph(new Anchor("consultation/" + item.consultationId(), getTranslation("invite.back"))));
    }

    private void message(String key) {
        title = getTranslation(key + ".title");
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("invite-message");
        add(new H1(title), text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
