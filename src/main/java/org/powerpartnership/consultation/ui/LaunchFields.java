package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.consultation.ui.LaunchConsultationView.Person;
import org.powerpartnership.forms.FieldRules;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.SignedInUser;

/** Labels and rules for the launch form's fields, and the form as a launch request both ways, apart from its screen. */
class LaunchFields {

    private final LaunchConsultationView view;
    private final FormSchema briefForm;
    private final SignedInUser user;
    /** Each field by the name the services use when they report a problem with it. */
    final Map<String, Component> byKey = new LinkedHashMap<>();
    final List<Person> officers;
    final List<Person> panelPeople;
    final List<Person> sponsors;
    final List<Person> residents;
    final List<PartnerOrganisations.Choice> organisations;

    LaunchFields(LaunchConsultationView view, FormSchema briefForm, AccountService accounts,
                 List<PartnerOrganisations.Choice> organisations, SignedInUser user) {
        this.view = view;
        this.briefForm = briefForm;
        this.user = user;
        this.officers = people(accounts, org.powerpartnership.shared.Roles.OFFICER);
        this.panelPeople = people(accounts, org.powerpartnership.shared.Roles.PANEL);
        this.sponsors = people(accounts, org.powerpartnership.shared.Roles.SPONSOR);
        this.residents = people(accounts, org.powerpartnership.shared.Roles.RESIDENT);
        this.organisations = organisations;
    }

    private String getTranslation(String key, Object... params) {
        return view.getTranslation(key, params);
    }

    void setUp() {
        LaunchConsultationView v = view;
        text(v.title, "title");
        text(v.issue, "issue");
        v.summary.setLabel(getTranslation("launch.field.summary"));
        v.summary.setHelperText(getTranslation("launch.help.summary", 20, 600));
        v.summary.setMaxLength(600);
        register(v.summary, "summary", true);
        text(v.formativeStatement, "formativeStatement");

        v.iap2Level.setLabel(getTranslation("launch.field.iap2Level"));
        v.iap2Level.setHelperText(getTranslation("launch.help.iap2Level"));
        v.iap2Level.setItems(LaunchConsultationView.IAP2_LEVELS);
        v.iap2Level.setItemLabelGenerator(level -> getTranslation("launch.iap2." + level));
        v.iap2Level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        register(v.iap2Level, "iap2Level", true);
        v.iap2Level.addValueChangeListener(change -> {
            String promise = v.iap2Promise.getValue();
            boolean standard = promise.isBlank() || change.getOldValue() != null
                    && promise.equals(getTranslation("launch.iap2Promise." + change.getOldValue()));
            if (change.getValue() != null && standard) {
                v.iap2Promise.setValue(getTranslation("launch.iap2Promise." + change.getValue()));
            }
        });
        text(v.iap2Promise, "iap2Promise");
        text(v.decisionMaker, "decisionMaker");
        v.geographyType.setLabel(getTranslation("launch.field.geographyType"));
        v.geographyType.setItems(LaunchConsultationView.GEOGRAPHIES);
        v.geographyType.setItemLabelGenerator(kind -> getTranslation("launch.geography." + kind));
        v.geographyType.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        register(v.geographyType, "geographyType", true);
        text(v.geographyName, "geographyName");

        v.budget.setLabel(getTranslation("launch.field.budget"));
        v.budget.setHelperText(getTranslation("launch.help.budget"));
        v.budget.setPrefixComponent(new Span("£"));
        register(v.budget, "budget", false);
        v.participationWindowDays.setLabel(getTranslation("launch.field.participationWindowDays"));
        v.participationWindowDays.setHelperText(getTranslation("launch.help.participationWindowDays", 28));
        v.participationWindowDays.setStepButtonsVisible(true);
        v.participationWindowDays.setValue(42);
        register(v.participationWindowDays, "participationWindowDays", true);
        v.decisionBy.setLabel(getTranslation("launch.field.decisionBy"));
        v.decisionBy.setHelperText(getTranslation("launch.help.decisionBy"));
        v.decisionBy.setMin(LocalDate.now(CouncilTime.zone()));
        v.decisionBy.setLocale(java.util.Locale.UK); // councils in England and Wales write 31/01/2027
        register(v.decisionBy, "decisionBy", true);
        v.deliberativePanel.setLabel(getTranslation("launch.field.deliberativePanel"));
        register(v.deliberativePanel, "deliberativePanel", false);
        ConsultationSettings defaults = ConsultationSettings.defaults();
        v.taskDueDays.setLabel(getTranslation("launch.field.taskDueDays"));
        v.taskDueDays.setHelperText(getTranslation("launch.help.taskDueDays", 1, 90));
        v.taskDueDays.setValue(defaults.taskDueDays());
        register(v.taskDueDays, "taskDueDays", true);
        v.signOffDays.setLabel(getTranslation("launch.field.signOffDays"));
        v.signOffDays.setHelperText(getTranslation("launch.help.signOffDays", 3, 60));
        v.signOffDays.setValue(defaults.signOffDays());
        register(v.signOffDays, "signOffDays", true);

        person(v.lead, "lead", officers, true);
        officers.stream().filter(p -> p.userId().equals(user.userId())).findFirst().ifPresent(v.lead::setValue);
        person(v.deputy, "deputy", officers, true);
        v.otherOfficers.setLabel(getTranslation("launch.field.otherOfficers"));
        v.otherOfficers.setHelperText(getTranslation("launch.help.otherOfficers"));
        v.otherOfficers.setItems(officers);
        v.otherOfficers.setItemLabelGenerator(LaunchFields::label);
        register(v.otherOfficers, "otherOfficers", false);
        person(v.sponsor, "sponsor", sponsors, true);

        v.panel.setLabel(getTranslation("launch.field.panel"));
        v.panel.setHelperText(getTranslation("launch.help.panel", 3));
        v.panel.setItems(panelPeople);
        v.panel.setItemLabelGenerator(LaunchFields::label);
        register(v.panel, "panel", true);
        v.quorum.setLabel(getTranslation("launch.field.quorum"));
        v.quorum.setHelperText(getTranslation("launch.help.quorum"));
        register(v.quorum, "quorum", false);
        v.reviewMonths.setLabel(getTranslation("launch.field.reviewMonths"));
        v.reviewMonths.setHelperText(getTranslation("launch.help.reviewMonths"));
        v.reviewMonths.setItems(LaunchConsultationView.REVIEW_MONTHS);
        v.reviewMonths.setItemLabelGenerator(months -> getTranslation("launch.months", months));
        v.reviewMonths.setValue(new LinkedHashSet<>(defaults.reviewMonths()));
        register(v.reviewMonths, "reviewMonths", false); // aria-required is not allowed on a checkbox group (role group)

        v.partners.setLabel(getTranslation("launch.field.partners"));
        v.partners.setHelperText(getTranslation(organisations.isEmpty() ? "launch.help.noPartners" : "launch.help.partners"));
        v.partners.setItems(organisations);
        v.partners.setItemLabelGenerator(o -> o.area() == null ? o.name() : o.name() + " (" + o.area() + ")");
        register(v.partners, "partners", false);
        v.coDesigners.setLabel(getTranslation("launch.field.coDesigners"));
        v.coDesigners.setHelperText(getTranslation("launch.help.coDesigners"));
        v.coDesigners.setItems(residents);
        v.coDesigners.setItemLabelGenerator(LaunchFields::label);
        register(v.coDesigners, "coDesigners", false);
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
        box.setItemLabelGenerator(LaunchFields::label);
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
        byKey.put(key, field);
    }

    /** The form as typed now, as a launch request. */
    LaunchRequest request() {
        LaunchConsultationView v = view;
        Map<String, Object> brief = new LinkedHashMap<>();
        put(brief, "title", v.title.getValue());
        put(brief, "issue", v.issue.getValue());
        put(brief, "formativeStatement", v.formativeStatement.getValue());
        put(brief, "iap2Level", v.iap2Level.getValue());
        put(brief, "iap2Promise", v.iap2Promise.getValue());
        put(brief, "decisionMaker", v.decisionMaker.getValue());
        put(brief, "geographyType", v.geographyType.getValue());
        put(brief, "geographyName", v.geographyName.getValue());
        if (v.budget.getValue() != null) {
            brief.put("budget", v.budget.getValue());
        }
        if (v.participationWindowDays.getValue() != null) {
            brief.put("participationWindowDays", v.participationWindowDays.getValue());
        }
        if (v.decisionBy.getValue() != null) {
            brief.put("decisionBy", v.decisionBy.getValue());
        }
        ConsultationSettings defaults = ConsultationSettings.defaults();
        ConsultationSettings settings = new ConsultationSettings(
                v.taskDueDays.getValue() == null ? 0 : v.taskDueDays.getValue(), defaults.reminderLeadDays(),
                v.signOffDays.getValue() == null ? 0 : v.signOffDays.getValue(), defaults.coDesignDays(),
                v.quorum.getValue(), new ArrayList<>(new TreeSet<>(v.reviewMonths.getValue())));
        return new LaunchRequest(brief, v.summary.getValue(), idOf(v.lead.getValue()), idOf(v.deputy.getValue()),
                ids(v.otherOfficers.getValue()), ids(v.panel.getValue()), idOf(v.sponsor.getValue()),
                v.partners.getValue().stream().map(PartnerOrganisations.Choice::id).toList(),
                ids(v.coDesigners.getValue()), v.deliberativePanel.getValue(), settings);
    }

    /** Fills the form from a saved draft; answers that cannot be read any more are left empty. */
    void fill(LaunchRequest draft) {
        LaunchConsultationView v = view;
        Map<String, Object> brief = draft.brief() == null ? Map.of() : draft.brief();
        v.title.setValue(string(brief, "title"));
        v.issue.setValue(string(brief, "issue"));
        v.formativeStatement.setValue(string(brief, "formativeStatement"));
        v.iap2Level.setValue(LaunchConsultationView.IAP2_LEVELS.contains(string(brief, "iap2Level")) ? string(brief, "iap2Level") : null);
        v.iap2Promise.setValue(string(brief, "iap2Promise"));
        v.decisionMaker.setValue(string(brief, "decisionMaker"));
        v.geographyType.setValue(LaunchConsultationView.GEOGRAPHIES.contains(string(brief, "geographyType"))
                ? string(brief, "geographyType") : null);
        v.geographyName.setValue(string(brief, "geographyName"));
        v.budget.setValue(typed(brief, "budget") instanceof BigDecimal amount ? amount : null);
        v.participationWindowDays.setValue(typed(brief, "participationWindowDays") instanceof BigDecimal days
                ? days.intValue() : null);
        v.decisionBy.setValue(typed(brief, "decisionBy") instanceof LocalDate date ? date : null);
        v.summary.setValue(draft.summary() == null ? "" : draft.summary());
        v.lead.setValue(find(officers, draft.leadOfficerId()));
        v.deputy.setValue(find(officers, draft.deputyOfficerId()));
        v.otherOfficers.setValue(findAll(officers, draft.otherOfficerIds()));
        v.sponsor.setValue(find(sponsors, draft.sponsorId()));
        v.panel.setValue(findAll(panelPeople, draft.panelMemberIds()));
        v.coDesigners.setValue(findAll(residents, draft.coDesignResidentIds()));
        Set<Long> orgs = new HashSet<>(draft.partnerOrganisationIds() == null ? List.of()
                : draft.partnerOrganisationIds());
        v.partners.setValue(organisations.stream().filter(o -> orgs.contains(o.id())).toList());
        v.deliberativePanel.setValue(draft.deliberativePanel());
        ConsultationSettings settings = draft.settings() == null ? ConsultationSettings.defaults() : draft.settings();
        v.taskDueDays.setValue(settings.taskDueDays() == 0 ? null : settings.taskDueDays());
        v.signOffDays.setValue(settings.signOffDays() == 0 ? null : settings.signOffDays());
        v.quorum.setValue(settings.quorum());
        v.reviewMonths.setValue(settings.reviewMonths() == null ? Set.of()
                : new LinkedHashSet<>(settings.reviewMonths().stream().filter(LaunchConsultationView.REVIEW_MONTHS::contains).toList()));
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

    static String label(Person person) {
        return person == null ? "" : person.email() == null ? person.name() : person.name() + " (" + person.email() + ")";
    }

    static String labels(Collection<Person> people) {
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
}
