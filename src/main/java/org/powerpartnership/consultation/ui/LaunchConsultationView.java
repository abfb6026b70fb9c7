package org.powerpartnership.consultation.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
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

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.forms.FieldRules;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
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
    private final transient Background background;
    private final transient FormSchema briefForm;
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

    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<Step, Section> sections = new LinkedHashMap<>();
    private final Map<Step, Button> stepButtons = new LinkedHashMap<>();
    private final DescriptionList review = new DescriptionList();
    private final Section draftsSection = new Section();
    private final List<Person> officers;
    private final List<Person> panelPeople;
    private final List<Person> sponsors;
    private final List<Person> residents;
    private final List<PartnerOrganisations.Choice> organisations;
    private Step current = Step.ISSUE;
    private Long draftId;
    private boolean dirty;
    private boolean launching;
    private Long launchedId;
    private com.vaadin.flow.shared.Registration autosave;
    private long lastAutosave = System.currentTimeMillis();

    LaunchConsultationView(ConsultationService consultations, LaunchDrafts drafts, Background background,
                           FormCatalog forms, AccountService accounts,
                           ObjectProvider<PartnerOrganisations> partnerDirectory, CurrentUser currentUser) {
        this.consultations = consultations;
        this.drafts = drafts;
        this.background = background;
        this.briefForm = forms.byId(ConsultationService.BRIEF_FORM);
        this.user = currentUser.requireAnyRole(Roles.OFFICER);
        this.officers = people(accounts, Roles.OFFICER);
        this.panelPeople = people(accounts, Roles.PANEL);
        this.sponsors = people(accounts, Roles.SPONSOR);
        this.residents = people(accounts, Roles.RESIDENT);
        this.organisations = partnerDirectory.getIfAvailable(() -> PartnerOrganisations.NONE).directory();
        addClassNames("pp-officer", "pp-launch");

        setUpFields();
        H1 heading = new H1(getTranslation("launch.heading"));
        add(heading, new Paragraph(getTranslation("launch.intro")));
        draftsSection.setId("launch-drafts");
        add(draftsSection);
        add(stepNavigation());

        problemSummary.setId("launch-problems");
        problemSummary.addClassName("pp-problem-summary");
        problemSummary.getElement().setAttribute("role", "alert");
        problemSummary.setVisible(false);
        add(problemSummary);

        section(Step.ISSUE, title, issue, summary);
        section(Step.CHANGE, formativeStatement);
        section(Step.INFLUENCE, iap2Level, iap2Promise);
        section(Step.DECISION, decisionMaker, geographyType, geographyName);
        section(Step.TIMELINE, participationWindowDays, decisionBy, budget, deliberativePanel, taskDueDays,
                signOffDays);
        section(Step.TEAM, lead, deputy, otherOfficers, sponsor);
        section(Step.PANEL, panel, quorum, reviewMonths);
        section(Step.PARTNERS, partners, coDesigners);
        review.setId("launch-review");
        review.addClassName("pp-facts");
        section(Step.CHECK, review);

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

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("launch-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("launch.launching"));
        status.setId("launch-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pp-status");
        add(actions, progress, status);

        fields.values().forEach(field -> {
            if (field instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(change -> dirty = true);
            }
        });
        showDrafts();
        go(Step.ISSUE, false);
    }

    private void setUpFields() {
        text(title, "title");
        text(issue, "issue");
        summary.setLabel(getTranslation("launch.field.summary"));
        summary.setHelperText(getTranslation("launch.help.summary", 20, 600));
        summary.setMaxLength(600);
        register(summary, "summary", true);
        text(formativeStatement, "formativeStatement");

        iap2Level.setLabel(getTranslation("launch.field.iap2Level"));
        iap2Level.setHelperText(getTranslation("launch.help.iap2Level"));
        iap2Level.setItems(IAP2_LEVELS);
        iap2Level.setItemLabelGenerator(level -> getTranslation("launch.iap2." + level));
        iap2Level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        register(iap2Level, "iap2Level", true);
        iap2Level.addValueChangeListener(change -> {
            String promise = iap2Promise.getValue();
            boolean standard = promise.isBlank() || change.getOldValue() != null
                    && promise.equals(getTranslation("launch.iap2Promise." + change.getOldValue()));
            if (change.getValue() != null && standard) {
                iap2Promise.setValue(getTranslation("launch.iap2Promise." + change.getValue()));
            }
        });
        text(iap2Promise, "iap2Promise");
        text(decisionMaker, "decisionMaker");
        geographyType.setLabel(getTranslation("launch.field.geographyType"));
        geographyType.setItems(GEOGRAPHIES);
        geographyType.setItemLabelGenerator(kind -> getTranslation("launch.geography." + kind));
        geographyType.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        register(geographyType, "geographyType", true);
        text(geographyName, "geographyName");

        budget.setLabel(getTranslation("launch.field.budget"));
        budget.setHelperText(getTranslation("launch.help.budget"));
        budget.setPrefixComponent(new Span("£"));
        register(budget, "budget", false);
        participationWindowDays.setLabel(getTranslation("launch.field.participationWindowDays"));
        participationWindowDays.setHelperText(getTranslation("launch.help.participationWindowDays", 28));
        participationWindowDays.setStepButtonsVisible(true);
        participationWindowDays.setValue(42);
        register(participationWindowDays, "participationWindowDays", true);
        decisionBy.setLabel(getTranslation("launch.field.decisionBy"));
        decisionBy.setHelperText(getTranslation("launch.help.decisionBy"));
        decisionBy.setMin(LocalDate.now(Texts.ZONE));
        decisionBy.setLocale(java.util.Locale.UK); // councils in England and Wales write 31/01/2027
        register(decisionBy, "decisionBy", true);
        deliberativePanel.setLabel(getTranslation("launch.field.deliberativePanel"));
        register(deliberativePanel, "deliberativePanel", false);
        ConsultationSettings defaults = ConsultationSettings.defaults();
        taskDueDays.setLabel(getTranslation("launch.field.taskDueDays"));
        taskDueDays.setHelperText(getTranslation("launch.help.taskDueDays", 1, 90));
        taskDueDays.setValue(defaults.taskDueDays());
        register(taskDueDays, "taskDueDays", true);
        signOffDays.setLabel(getTranslation("launch.field.signOffDays"));
        signOffDays.setHelperText(getTranslation("launch.help.signOffDays", 3, 60));
        signOffDays.setValue(defaults.signOffDays());
        register(signOffDays, "signOffDays", true);

        person(lead, "lead", officers, true);
        officers.stream().filter(p -> p.userId().equals(user.userId())).findFirst().ifPresent(lead::setValue);
        person(deputy, "deputy", officers, true);
        otherOfficers.setLabel(getTranslation("launch.field.otherOfficers"));
        otherOfficers.setHelperText(getTranslation("launch.help.otherOfficers"));
        otherOfficers.setItems(officers);
        otherOfficers.setItemLabelGenerator(LaunchConsultationView::label);
        register(otherOfficers, "otherOfficers", false);
        person(sponsor, "sponsor", sponsors, true);

        panel.setLabel(getTranslation("launch.field.panel"));
        panel.setHelperText(getTranslation("launch.help.panel", 3));
        panel.setItems(panelPeople);
        panel.setItemLabelGenerator(LaunchConsultationView::label);
        register(panel, "panel", true);
        quorum.setLabel(getTranslation("launch.field.quorum"));
        quorum.setHelperText(getTranslation("launch.help.quorum"));
        register(quorum, "quorum", false);
        reviewMonths.setLabel(getTranslation("launch.field.reviewMonths"));
        reviewMonths.setHelperText(getTranslation("launch.help.reviewMonths"));
        reviewMonths.setItems(REVIEW_MONTHS);
        reviewMonths.setItemLabelGenerator(months -> getTranslation("launch.months", months));
        reviewMonths.setValue(new LinkedHashSet<>(defaults.reviewMonths()));
        register(reviewMonths, "reviewMonths", false); // aria-required is not allowed on a checkbox group (role group)

        partners.setLabel(getTranslation("launch.field.partners"));
        partners.setHelperText(getTranslation(organisations.isEmpty() ? "launch.help.noPartners" : "launch.help.partners"));
        partners.setItems(organisations);
        partners.setItemLabelGenerator(o -> o.area() == null ? o.name() : o.name() + " (" + o.area() + ")");
        register(partners, "partners", false);
        coDesigners.setLabel(getTranslation("launch.field.coDesigners"));
        coDesigners.setHelperText(getTranslation("launch.help.coDesigners"));
        coDesigners.setItems(residents);
        coDesigners.setItemLabelGenerator(LaunchConsultationView::label);
        register(coDesigners, "coDesigners", false);
    }

    private void text(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String key) {
        FormField formField = briefForm.field(key).orElseThrow();
        field.setLabel(getTranslation("launch.field." + key));
        FieldRules rules = formField.rules();
        String help = getTranslation("launch.help." + key);
        if (rules.minLength() != null) {
            help = help + " " + getTranslation("launch.help.atLeast", rules.minLength());
        }
        field.setHelperText(help);
        if (rules.maxLength() != null) {
            if (field instanceof TextField textField) {
                textField.setMaxLength(rules.maxLength());
            } else if (field instanceof TextArea area) {
                area.setMaxLength(rules.maxLength());
            }
        }
        register(field, key, formField.required());
    }

    private void person(ComboBox<Person> box, String key, List<Person> people, boolean required) {
        box.setLabel(getTranslation("launch.field." + key));
        box.setHelperText(getTranslation("launch.help." + key));
        box.setItems(people);
        box.setItemLabelGenerator(LaunchConsultationView::label);
        box.setClearButtonVisible(true);
        register(box, key, required);
    }

    private void register(Component field, String key, boolean required) {
        field.setId("launch-" + key);
        if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(required);
        }
        if (field instanceof HasValidation validation) {
            validation.setManualValidation(true);
        }
        if (field instanceof com.vaadin.flow.component.HasSize sized && !(field instanceof Checkbox)) {
            sized.setWidthFull();
        }
        fields.put(key, field);
    }

    private Nav stepNavigation() {
        Nav nav = new Nav();
        nav.setId("launch-steps");
        nav.getElement().setAttribute("aria-label", getTranslation("launch.steps"));
        OrderedList list = new OrderedList();
        list.addClassName("pp-steps");
        for (Step step : Step.values()) {
            Button button = new Button((step.ordinal() + 1) + ". " + getTranslation("launch.step." + step.name()));
            button.setId("launch-step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addClickListener(click -> go(step, true));
            stepButtons.put(step, button);
            list.add(new ListItem(button));
        }
        nav.add(list);
        return nav;
    }

    private void section(Step step, Component... content) {
        Section section = new Section();
        section.setId("launch-section-" + step.name().toLowerCase(java.util.Locale.ROOT));
        section.addClassName("pp-launch-step");
        H2 heading = new H2(getTranslation("launch.stepHeading", step.ordinal() + 1, Step.values().length,
                getTranslation("launch.step." + step.name())));
        heading.setId(section.getId().orElseThrow() + "-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading, new Paragraph(getTranslation("launch.stepIntro." + step.name())));
        Div body = new Div(content);
        body.addClassName("pp-launch-fields");
        section.add(body);
        sections.put(step, section);
        add(section);
    }

    /** Shows a step. With focus, the step's first field (or its heading) gets the keyboard focus. */
    void go(Step step, boolean moveFocus) {
        if (step != current && dirty && !launching) {
            save(false);
        }
        current = step;
        sections.forEach((s, section) -> section.setVisible(s == step));
        stepButtons.forEach((s, button) -> {
            if (s == step) {
                button.getElement().setAttribute("aria-current", "step");
                button.addClassName("pp-step-current");
            } else {
                button.getElement().removeAttribute("aria-current");
                button.removeClassName("pp-step-current");
            }
        });
        back.setEnabled(step.ordinal() > 0);
        next.setVisible(step != Step.CHECK);
        launch.setVisible(step == Step.CHECK);
        if (step == Step.CHECK) {
            fillReview();
        }
        if (moveFocus) {
            Component first = step.fields.isEmpty() ? null : fields.get(step.fields.get(0));
            if (first instanceof Focusable<?> focusable) {
                focusable.focus();
            } else {
                sections.get(step).getChildren().findFirst()
                        .ifPresent(h -> h.getElement().callJsFunction("focus"));
            }
        }
    }

    Step current() {
        return current;
    }

    /** Checks this step's answers on the server; moves on only when they are fine. */
    void nextStep() {
        List<FieldProblem> problems = problemsIn(consultations.check(request()), current);
        if (show(problems, current)) {
            go(Step.values()[current.ordinal() + 1], true);
        }
    }

    /** Shows the problems of one step beside its fields; true when there are none. */
    private boolean show(List<FieldProblem> problems, Step step) {
        Map<String, HasValidation> stepFields = new LinkedHashMap<>();
        for (String key : step.fields) {
            if (fields.get(key) instanceof HasValidation validation) {
                stepFields.put(key, validation);
            }
        }
        FieldProblems.show(this, problems, stepFields);
        if (problems.isEmpty()) {
            return true;
        }
        Component first = fields.get(problems.get(0).field());
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        status.setText(getTranslation("launch.stepProblems", problems.size()));
        return false;
    }

    private static List<FieldProblem> problemsIn(List<FieldProblem> problems, Step step) {
        return problems.stream().filter(problem -> step.fields.contains(problem.field())).toList();
    }

    void submit() {
        LaunchRequest request = request();
        List<FieldProblem> problems = consultations.check(request);
        if (!problems.isEmpty()) {
            showEverywhere(problems);
            return;
        }
        problemSummary.setVisible(false);
        launching = true;
        launch.setEnabled(false);
        back.setEnabled(false);
        saveDraft.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("launch.launching"));
        Long draft = draftId;
        UI ui = UI.getCurrent();
        background.run(ui, () -> drafts.launch(user, draft, request), this::launched, this::launchFailed);
    }

    /**
     * The consultation is launched. Its overview opens in the handling of a browser request (now, or at the next
     * poll): access control reads the signed-in person from the request, which a background thread does not have.
     */
    private void launched(Consultation consultation) {
        dirty = false;
        progress.setVisible(false);
        status.setText(getTranslation("launch.launched", consultation.title()));
        com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(
                "consultation/" + consultation.id(), getTranslation("launch.openLaunched"));
        open.setId("launch-open-launched");
        status.add(new Span(" "), open);
        launchedId = consultation.id();
        if (com.vaadin.flow.server.VaadinRequest.getCurrent() != null) {
            openLaunched();
        } else {
            getUI().ifPresent(ui -> ui.setPollInterval(Background.POLL_MILLIS));
        }
    }

    private void openLaunched() {
        Long id = launchedId;
        launchedId = null;
        getUI().ifPresent(ui -> ui.navigate("consultation/" + id));
    }

    private void launchFailed(Throwable error) {
        launching = false;
        progress.setVisible(false);
        launch.setEnabled(true);
        back.setEnabled(true);
        saveDraft.setEnabled(true);
        if (error instanceof InvalidInputException invalid) {
            showEverywhere(invalid.problems());
        } else {
            status.setText(getTranslation("launch.failed"));
        }
    }

    /** Problems found at launch: beside every field, listed at the top, and the first step with one shown. */
    private void showEverywhere(List<FieldProblem> problems) {
        Map<String, HasValidation> all = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation validation) {
                all.put(key, validation);
            }
        });
        List<FieldProblem> unplaced = FieldProblems.show(this, problems, all);
        problemSummary.removeAll();
        problemSummary.add(new Paragraph(getTranslation("launch.problemsHeading", problems.size())));
        UnorderedList list = new UnorderedList();
        Set<Step> withProblems = new TreeSet<>();
        for (FieldProblem problem : problems) {
            Step step = Step.holding(problem.field()).orElse(Step.CHECK);
            withProblems.add(step);
            Button jump = new Button(getTranslation("launch.problemAt", getTranslation("launch.step." + step.name()),
                    FieldProblems.message(this, problem)), click -> go(step, true));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            jump.addClassName("pp-problem-link");
            list.add(new ListItem(jump));
        }
        unplaced.forEach(problem -> status.setText(FieldProblems.message(this, problem)));
        problemSummary.add(list);
        problemSummary.setVisible(true);
        go(withProblems.iterator().next(), false);
        Component first = problems.stream().map(p -> fields.get(p.field())).filter(Objects::nonNull).findFirst()
                .orElse(null);
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** What is typed now, as a launch request (empty answers left out, so the service names what is missing). */
    LaunchRequest request() {
        Map<String, Object> brief = new LinkedHashMap<>();
        put(brief, "title", title.getValue());
        put(brief, "issue", issue.getValue());
        put(brief, "formativeStatement", formativeStatement.getValue());
        put(brief, "iap2Level", iap2Level.getValue());
        put(brief, "iap2Promise", iap2Promise.getValue());
        put(brief, "decisionMaker", decisionMaker.getValue());
        put(brief, "geographyType", geographyType.getValue());
        put(brief, "geographyName", geographyName.getValue());
        if (budget.getValue() != null) {
            brief.put("budget", budget.getValue());
        }
        if (participationWindowDays.getValue() != null) {
            brief.put("participationWindowDays", participationWindowDays.getValue());
        }
        if (decisionBy.getValue() != null) {
            brief.put("decisionBy", decisionBy.getValue());
        }
        ConsultationSettings defaults = ConsultationSettings.defaults();
        ConsultationSettings settings = new ConsultationSettings(
                taskDueDays.getValue() == null ? 0 : taskDueDays.getValue(), defaults.reminderLeadDays(),
                signOffDays.getValue() == null ? 0 : signOffDays.getValue(), defaults.coDesignDays(),
                quorum.getValue(), new ArrayList<>(new TreeSet<>(reviewMonths.getValue())));
        return new LaunchRequest(brief, summary.getValue(), idOf(lead.getValue()), idOf(deputy.getValue()),
                ids(otherOfficers.getValue()), ids(panel.getValue()), idOf(sponsor.getValue()),
                partners.getValue().stream().map(PartnerOrganisations.Choice::id).toList(),
                ids(coDesigners.getValue()), deliberativePanel.getValue(), settings);
    }

    /** Fills the form from a saved draft; answers that cannot be read any more are left empty. */
    void fill(LaunchRequest draft) {
        Map<String, Object> brief = draft.brief() == null ? Map.of() : draft.brief();
        title.setValue(string(brief, "title"));
        issue.setValue(string(brief, "issue"));
        formativeStatement.setValue(string(brief, "formativeStatement"));
        iap2Level.setValue(IAP2_LEVELS.contains(string(brief, "iap2Level")) ? string(brief, "iap2Level") : null);
        iap2Promise.setValue(string(brief, "iap2Promise"));
        decisionMaker.setValue(string(brief, "decisionMaker"));
        geographyType.setValue(GEOGRAPHIES.contains(string(brief, "geographyType"))
                ? string(brief, "geographyType") : null);
        geographyName.setValue(string(brief, "geographyName"));
        budget.setValue(typed(brief, "budget") instanceof BigDecimal amount ? amount : null);
        participationWindowDays.setValue(typed(brief, "participationWindowDays") instanceof BigDecimal days
                ? days.intValue() : null);
        decisionBy.setValue(typed(brief, "decisionBy") instanceof LocalDate date ? date : null);
        summary.setValue(draft.summary() == null ? "" : draft.summary());
        lead.setValue(find(officers, draft.leadOfficerId()));
        deputy.setValue(find(officers, draft.deputyOfficerId()));
        otherOfficers.setValue(findAll(officers, draft.otherOfficerIds()));
        sponsor.setValue(find(sponsors, draft.sponsorId()));
        panel.setValue(findAll(panelPeople, draft.panelMemberIds()));
        coDesigners.setValue(findAll(residents, draft.coDesignResidentIds()));
        Set<Long> orgs = new HashSet<>(draft.partnerOrganisationIds() == null ? List.of()
                : draft.partnerOrganisationIds());
        partners.setValue(organisations.stream().filter(o -> orgs.contains(o.id())).toList());
        deliberativePanel.setValue(draft.deliberativePanel());
        ConsultationSettings settings = draft.settings() == null ? ConsultationSettings.defaults() : draft.settings();
        taskDueDays.setValue(settings.taskDueDays() == 0 ? null : settings.taskDueDays());
        signOffDays.setValue(settings.signOffDays() == 0 ? null : settings.signOffDays());
        quorum.setValue(settings.quorum());
        reviewMonths.setValue(settings.reviewMonths() == null ? Set.of()
                : new LinkedHashSet<>(settings.reviewMonths().stream().filter(REVIEW_MONTHS::contains).toList()));
    }

    /** Saves the draft; said out loud when asked for, quietly when automatic. */
    void save(boolean asked) {
        if (launching) {
            return;
        }
        draftId = drafts.save(user, draftId, request());
        dirty = false;
        status.setText(getTranslation(asked ? "launch.draftSaved" : "launch.draftAutoSaved",
                Texts.dateTime(this, java.time.Instant.now())));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "launch?draft=" + draftId));
        showDrafts();
    }

    Long draftId() {
        return draftId;
    }

    private void showDrafts() {
        draftsSection.removeAll();
        List<LaunchDrafts.Draft> mine = drafts.mine(user).stream()
                .filter(d -> !Objects.equals(d.id(), draftId)).toList();
        draftsSection.setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("launch.drafts"));
        heading.setId("launch-drafts-heading");
        draftsSection.getElement().setAttribute("aria-labelledby", "launch-drafts-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("pp-plain-list");
        for (LaunchDrafts.Draft draft : mine) {
            String name = draft.title() == null || draft.title().isBlank() || "null".equals(draft.title())
                    ? getTranslation("launch.untitled") : draft.title();
            Span what = new Span(getTranslation("launch.draftLine", name, Texts.dateTime(this, draft.savedAt())));
            Button resume = new Button(getTranslation("launch.resume"), click -> resume(draft.id()));
            resume.setId("launch-resume-" + draft.id());
            resume.setAriaLabel(getTranslation("launch.resumeNamed", name));
            Button discard = new Button(getTranslation("launch.discard"), click -> {
                drafts.delete(user, draft.id());
                showDrafts();
            });
            discard.setId("launch-discard-" + draft.id());
            discard.setAriaLabel(getTranslation("launch.discardNamed", name));
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div line = new Div(what, resume, discard);
            line.addClassName("pp-draft-line");
            list.add(new ListItem(line));
        }
        draftsSection.add(heading, list);
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
            showDrafts();
            go(Step.ISSUE, true);
        });
    }

    private void fillReview() {
        review.removeAll();
        LaunchRequest request = request();
        Map<String, Object> brief = request.brief();
        for (Step step : Step.values()) {
            for (String key : step.fields) {
                String value = switch (key) {
                    case "iap2Level" -> iap2Level.getValue() == null ? "" : getTranslation("launch.iap2." + iap2Level.getValue());
                    case "geographyType" -> geographyType.getValue() == null ? ""
                            : getTranslation("launch.geography." + geographyType.getValue());
                    case "budget" -> budget.getValue() == null ? getTranslation("launch.review.noBudget")
                            : "£" + budget.getValue().toPlainString();
                    case "decisionBy" -> Texts.date(this, decisionBy.getValue());
                    case "deliberativePanel" -> getTranslation(deliberativePanel.getValue() ? "launch.yes" : "launch.no");
                    case "lead" -> label(lead.getValue());
                    case "deputy" -> label(deputy.getValue());
                    case "sponsor" -> label(sponsor.getValue());
                    case "otherOfficers" -> labels(otherOfficers.getValue());
                    case "panel" -> labels(panel.getValue());
                    case "coDesigners" -> labels(coDesigners.getValue());
                    case "partners" -> String.join(", ", partners.getValue().stream()
                            .map(PartnerOrganisations.Choice::name).sorted().toList());
                    case "quorum" -> quorum.getValue() == null ? getTranslation("launch.review.majority")
                            : String.valueOf(quorum.getValue());
                    case "reviewMonths" -> String.join(", ", new TreeSet<>(reviewMonths.getValue()).stream()
                            .map(m -> getTranslation("launch.months", m)).toList());
                    case "summary" -> summary.getValue();
                    default -> brief.containsKey(key) ? String.valueOf(brief.get(key))
                            : fields.get(key) instanceof HasValue<?, ?> v && v.getValue() != null
                            ? String.valueOf(v.getValue()) : "";
                };
                review.add(new DescriptionList.Term(getTranslation("launch.field." + key)),
                        new DescriptionList.Description(value == null || value.isBlank()
                                ? getTranslation("launch.review.empty") : value));
            }
        }
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
                        showDrafts();
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
        if (launchedId != null) {
            openLaunched();
            return;
        }
        long now = System.currentTimeMillis();
        if (dirty && !launching && now - lastAutosave >= AUTOSAVE_MILLIS - 1_000) {
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

    private static void put(Map<String, Object> brief, String key, String value) {
        if (value != null && !value.isBlank()) {
            brief.put(key, value);
        }
    }

    private Object typed(Map<String, Object> brief, String key) {
        Object raw = brief.get(key);
        if (raw == null) {
            return null;
        }
        try {
            return FormValues.canonical(briefForm.field(key).orElseThrow(), raw);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String string(Map<String, Object> brief, String key) {
        Object value = brief.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    private static List<Person> people(AccountService accounts, String role) {
        return accounts.membersOf(role).stream()
                .map(member -> new Person(member.userId(), member.displayName(), member.email()))
                .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String label(Person person) {
        return person == null ? "" : person.email() == null ? person.name() : person.name() + " (" + person.email() + ")";
    }

    private static String labels(Collection<Person> people) {
        return String.join(", ", people.stream().map(Person::name).sorted().toList());
    }

    private static String idOf(Person person) {
        return person == null ? null : person.userId();
    }

    private static List<String> ids(Collection<Person> people) {
        return people.stream().map(Person::userId).toList();
    }

    private static Person find(List<Person> people, String userId) {
        return userId == null ? null : people.stream().filter(p -> p.userId().equals(userId)).findFirst().orElse(null);
    }

    private static Set<Person> findAll(List<Person> people, List<String> userIds) {
        Set<String> wanted = new HashSet<>(userIds == null ? List.of() : userIds);
        return new LinkedHashSet<>(people.stream().filter(p -> wanted.contains(p.userId())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("launch.title");
    }
}
