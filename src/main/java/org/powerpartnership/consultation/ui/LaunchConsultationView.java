package org.powerpartnership.consultation.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Launching a consultation, one step per part of the brief, then the team, the panel and the partners, then a check
 * of everything. Each step is checked on the server when the officer moves on, with the message beside the field;
 * nothing typed is ever cleared. The form is saved as a draft on request, on every move between steps and every two
 * minutes while it changes, so a closed tab or an expired session loses nothing; it can be resumed from this page.
 * The launch itself runs in the background while a progress bar shows, then the new consultation's overview opens.
 */
@Route("launch")
@Menu(title = "nav.launch", order = 12)
@RolesAllowed(Roles.OFFICER)
class LaunchConsultationView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int AUTOSAVE_MILLIS = 120_000;
    static final List<String> IAP2_LEVELS = List.of("inform", "consult", "involve", "collaborate", "empower");
    static final List<String> GEOGRAPHIES = List.of("ward", "neighbourhood", "borough", "combined_authority", "icp_area");
    static final List<Integer> REVIEW_MONTHS = List.of(1, 3, 6, 9, 12, 18, 24);

    /** The steps of the form and the fields each one holds (field names as the services report problems). */
    enum Step {
        ISSUE("title", "issue", "summary"),
        CHANGE("formativeStatement"),
        INFLUENCE("iap2Level", "iap2Promise"),
        DECISION("decisionMaker", "geographyType", "geographyName"),
        TIMELINE("budget", "participationWindowDays", "decisionBy", "deliberativePanel", "taskDueDays", "signOffDays"),
        TEAM("lead", "deputy", "otherOfficers", "sponsor"),
        PANEL("panel", "quorum", "reviewMonths"),
        PARTNERS("partners", "coDesigners"),
        CHECK();

        final List<String> fields;

        Step(String... fields) {
            this.fields = List.of(fields);
        }

        static Optional<Step> holding(String field) {
            for (Step step : values()) {
                if (step.fields.contains(field)) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }
    }

    /** Someone who can be chosen for the team, the panel or co-design. */
    record Person(String userId, String name, String email) {
    }

    private final transient ConsultationService consultations;
    private final transient LaunchDrafts drafts;
    private final SignedInUser user;

    final TextField title = new TextField();
    final TextArea issue = new TextArea();
    final TextArea summary = new TextArea();
    final TextArea formativeStatement = new TextArea();
    final RadioButtonGroup<String> iap2Level = new RadioButtonGroup<>();
    final TextArea iap2Promise = new TextArea();
    final TextField decisionMaker = new TextField();
    final RadioButtonGroup<String> geographyType = new RadioButtonGroup<>();
    final TextField geographyName = new TextField();
    final BigDecimalField budget = new BigDecimalField();
    final IntegerField participationWindowDays = new IntegerField();
    final DatePicker decisionBy = new DatePicker();
    final Checkbox deliberativePanel = new Checkbox();
    final IntegerField taskDueDays = new IntegerField();
    final IntegerField signOffDays = new IntegerField();
    final ComboBox<Person> lead = new ComboBox<>();
    final ComboBox<Person> deputy = new ComboBox<>();
    final MultiSelectComboBox<Person> otherOfficers = new MultiSelectComboBox<>();
    final ComboBox<Person> sponsor = new ComboBox<>();
    final MultiSelectComboBox<Person> panel = new MultiSelectComboBox<>();
    final IntegerField quorum = new IntegerField();
    final CheckboxGroup<Integer> reviewMonths = new CheckboxGroup<>();
    final MultiSelectComboBox<PartnerOrganisations.Choice> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Person> coDesigners = new MultiSelectComboBox<>();

    final Button back = new Button();
    final Button next = new Button();
    final Button saveDraft = new Button();
    final Button launch = new Button();
    final ProgressBar progress = new ProgressBar();
    final Div status = new Div();
    final Div problemSummary = new Div();

    private final transient LaunchFields form;
    private final LaunchSteps steps = new LaunchSteps(this);
    private final LaunchReview review;
    private final LaunchDraftList draftsSection;
    private final LaunchProblems problems;
    private final LaunchInBackground run;

    private Step current = Step.ISSUE;
    private Long draftId;
    private boolean dirty;
    private com.vaadin.flow.shared.Registration autosave;
    private long lastAutosave = System.currentTimeMillis();

    LaunchConsultationView(ConsultationService consultations, LaunchDrafts drafts, Background background,
                           FormCatalog forms, AccountService accounts,
                           ObjectProvider<PartnerOrganisations> partnerDirectory, CurrentUser currentUser) {
        this.consultations = consultations;
        this.drafts = drafts;
        this.user = currentUser.requireAnyRole(Roles.OFFICER);
        this.form = new LaunchFields(this, forms.byId(ConsultationService.BRIEF_FORM), accounts,
                partnerDirectory.getIfAvailable(() -> PartnerOrganisations.NONE).directory(), user);
        this.review = new LaunchReview(this, form);
        this.draftsSection = new LaunchDraftList(drafts, user, () -> draftId, this::resume);
        this.problems = new LaunchProblems(this, form.byKey, problemSummary, status);
        this.run = new LaunchInBackground(this, drafts, background, user, problems, () -> dirty = false);
        addClassNames("pp-officer", "pp-launch");

        form.setUp();
        H1 heading = new H1(getTranslation("launch.heading"));
        add(heading, new Paragraph(getTranslation("launch.intro")));
        add(draftsSection);
        add(steps.navigation(step -> go(step, true)));

        problemSummary.setId("launch-problems");
        problemSummary.addClassName("pp-problem-summary");
        problemSummary.getElement().setAttribute("role", "alert");
        problemSummary.setVisible(false);
        add(problemSummary);

        add(steps.section(Step.ISSUE, title, issue, summary));
        add(steps.section(Step.CHANGE, formativeStatement));
        add(steps.section(Step.INFLUENCE, iap2Level, iap2Promise));
        add(steps.section(Step.DECISION, decisionMaker, geographyType, geographyName));
        add(steps.section(Step.TIMELINE, participationWindowDays, decisionBy, budget, deliberativePanel, taskDueDays,
                signOffDays));
        add(steps.section(Step.TEAM, lead, deputy, otherOfficers, sponsor));
        add(steps.section(Step.PANEL, panel, quorum, reviewMonths));
        add(steps.section(Step.PARTNERS, partners, coDesigners));
        add(steps.section(Step.CHECK, review));

        back.setText(getTranslation("launch.back"));
        back.setId("launch-back");
        back.addClickListener(click -> go(Step.values()[current.ordinal() - 1], true));
        next.setText(getTranslation("launch.next"));
        next.setId("launch-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> nextStep());
        saveDraft.setText(getTranslation("launch.saveDraft"));
        saveDraft.setId("launch-save-draft");
        saveDraft.addClickListener(click -> save(true));
        launch.setText(getTranslation("launch.submit"));
        launch.setId("launch-submit");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        launch.addClickListener(click -> submit());
        Div actions = new Div(back, next, launch, saveDraft);
        actions.addClassName("pp-actions");
        actions.setId("launch-actions");

        status.setId("launch-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pp-status");
        add(actions, progress, status);

        form.byKey.values().forEach(field -> {
            if (field instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(change -> dirty = true);
            }
        });
        draftsSection.show();
        go(Step.ISSUE, false);
    }

    /** Shows a step. With focus, the step's first field (or its heading) gets the keyboard focus. */
    void go(Step step, boolean moveFocus) {
        if (step != current && dirty && !run.launching()) {
            save(false);
        }
        current = step;
        steps.show(step);
        back.setEnabled(step.ordinal() > 0);
        next.setVisible(step != Step.CHECK);
        launch.setVisible(step == Step.CHECK);
        if (step == Step.CHECK) {
            review.fill();
        }
        if (moveFocus) {
            steps.focus(step, form.byKey);
        }
    }

    Step current() {
        return current;
    }

    /** Checks this step's answers on the server; moves on only when they are fine. */
    void nextStep() {
        List<FieldProblem> found = LaunchProblems.problemsIn(consultations.check(request()), current);
        if (problems.show(found, current)) {
            go(Step.values()[current.ordinal() + 1], true);
        }
    }

    void submit() {
        LaunchRequest request = request();
        List<FieldProblem> found = consultations.check(request);
        if (!found.isEmpty()) {
            problems.showEverywhere(found, this::go);
            return;
        }
        problemSummary.setVisible(false);
        run.start(request, draftId);
    }

    /** What is typed now, as a launch request (empty answers left out, so the service names what is missing). */
    LaunchRequest request() {
        return form.request();
    }

    /** Fills the form from a saved draft; answers that cannot be read any more are left empty. */
    void fill(LaunchRequest draft) {
        form.fill(draft);
    }

    /** Saves the draft; said out loud when asked for, quietly when automatic. */
    void save(boolean asked) {
        if (run.launching()) {
            return;
        }
        draftId = drafts.save(user, draftId, request());
        dirty = false;
        status.setText(getTranslation(asked ? "launch.draftSaved" : "launch.draftAutoSaved",
                Texts.dateTime(this, java.time.Instant.now())));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "launch?draft=" + draftId));
        draftsSection.show();
    }

    Long draftId() {
        return draftId;
    }

    void resume(long id) {
        drafts.load(user, id).ifPresent(draft -> {
            if (dirty) {
                save(false);
            }
            draftId = id;
            fill(draft);
            dirty = false;
            status.setText(getTranslation("launch.resumed"));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "launch?draft=" + id));
            draftsSection.show();
            go(Step.ISSUE, true);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("draft").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                if (!Objects.equals(draftId, id)) {
                    drafts.load(user, id).ifPresent(draft -> {
                        draftId = id;
                        fill(draft);
                        dirty = false;
                        status.setText(getTranslation("launch.resumed"));
                        draftsSection.show();
                    });
                }
            } catch (NumberFormatException ignored) {
                // not a draft of ours: start afresh
            }
        });
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(AUTOSAVE_MILLIS);
        autosave = ui.addPollListener(poll -> autosave());
    }

    /** Saves quietly when something changed since the last save (at most every two minutes). */
    void autosave() {
        if (run.openIfLaunched()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (dirty && !run.launching() && now - lastAutosave >= AUTOSAVE_MILLIS - 1_000) {
            lastAutosave = now;
            save(false);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (autosave != null) {
            autosave.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("launch.title");
    }
}
