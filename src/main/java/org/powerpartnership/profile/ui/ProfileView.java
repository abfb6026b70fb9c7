package org.powerpartnership.profile.ui;

import org.powerpartnership.shared.CouncilTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.profile.ProfileAnswers;
import org.powerpartnership.profile.ProfileOptions;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.profile.ResidentProfile;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * A resident's profile: how to reach them, their area, language and needs, optional equality questions (each with
 * "prefer not to say", and why we ask), and their agreement, recorded with its wording and date. The service checks
 * every answer; a refused answer is marked beside its field and nothing typed is lost.
 */
@Route("profile")
@Menu(title = "nav.profile", order = 85)
@RolesAllowed(Roles.RESIDENT)
class ProfileView extends Main implements HasDynamicTitle {

    private final transient ProfileService profiles;
    private final transient CurrentUser currentUser;

    final TextField fullName = new TextField();
    final RadioButtonGroup<String> contact = radios("contact", ProfileOptions.CONTACT);
    final TextField phone = new TextField();
    final TextArea postalAddress = new TextArea();
    final TextField area = new TextField();
    final RadioButtonGroup<String> language = radios("language", ProfileOptions.LANGUAGE);
    final TextField languageOther = new TextField();
    final CheckboxGroup<String> accessNeeds = new CheckboxGroup<>();
    final TextArea accessNotes = new TextArea();
    final RadioButtonGroup<String> ageBand = radios("ageBand", ProfileOptions.AGE_BAND);
    final RadioButtonGroup<String> sex = radios("sex", ProfileOptions.SEX);
    final RadioButtonGroup<String> ethnicity = radios("ethnicity", ProfileOptions.ETHNICITY);
    final RadioButtonGroup<String> disability = radios("disability", ProfileOptions.DISABILITY);
    final RadioButtonGroup<String> caring = radios("caring", ProfileOptions.CARING);
    final CheckboxGroup<String> consent = new CheckboxGroup<>();
    final Paragraph consentGiven = new Paragraph();
    final Paragraph status = new Paragraph();
    final Button save = new Button();

    ProfileView(ProfileService profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
        addClassName("pp-narrow");
        addClassName("pp-profile");
        SignedInUser user = currentUser.require();

        label(fullName, "profile-name", "profile.fullName");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setMaxLength(100);
        label(contact, "profile-contact", "profile.contact");
        contact.setRequiredIndicatorVisible(true);
        label(phone, "profile-phone", "profile.phone");
        phone.setHelperText(getTranslation("profile.phone.help"));
        phone.setAutocomplete(Autocomplete.TEL);
        label(postalAddress, "profile-address", "profile.address");
        postalAddress.setHelperText(getTranslation("profile.address.help"));
        postalAddress.setAutocomplete(Autocomplete.STREET_ADDRESS);
        label(area, "profile-area", "profile.area");
        area.setHelperText(getTranslation("profile.area.help"));
        label(language, "profile-language", "profile.language");
        language.setRequiredIndicatorVisible(true);
        label(languageOther, "profile-language-other", "profile.languageOther");
        language.addValueChangeListener(change -> languageOther.setVisible("other".equals(change.getValue())));
        languageOther.setVisible(false);
        label(accessNeeds, "profile-access", "profile.accessNeeds");
        accessNeeds.setItems(ProfileOptions.ACCESS);
        accessNeeds.setItemLabelGenerator(value -> getTranslation("profile.option.access." + value));
        accessNeeds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        label(accessNotes, "profile-access-notes", "profile.accessNotes");
        accessNotes.setHelperText(getTranslation("profile.accessNotes.help"));
        accessNotes.setMaxLength(1000);
        label(ageBand, "profile-age", "profile.ageBand");
        label(sex, "profile-sex", "profile.sex");
        label(ethnicity, "profile-ethnicity", "profile.ethnicity");
        label(disability, "profile-disability", "profile.disability");
        label(caring, "profile-caring", "profile.caring");
        label(consent, "profile-consent", "profile.consent.label");
        consent.setItems(ProfileService.CONSENT_VERSION);
        consent.setItemLabelGenerator(version -> consentWording());
        consentGiven.setId("profile-consent-given");
        consentGiven.setVisible(false);
        status.setId("profile-status");
        status.getElement().setAttribute("role", "status");

        save.setText(getTranslation("profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        Paragraph why = new Paragraph(getTranslation("profile.equality.why"));
        why.setId("profile-equality-why");
        add(new H1(getTranslation("profile.heading")), new Paragraph(getTranslation("profile.intro")),
                section("profile.section.about", fullName, contact, phone, postalAddress, area),
                section("profile.section.language", language, languageOther),
                section("profile.section.access", accessNeeds, accessNotes),
                section("profile.section.equality", why,
                        new Paragraph(getTranslation("profile.equality.optional")),
                        ageBand, sex, ethnicity, disability, caring),
                section("profile.section.consent", consent, consentGiven), status, save);

        profiles.profileOf(user).filter(ResidentProfile::completed).ifPresentOrElse(this::show,
                () -> fullName.setValue(user.displayName()));
    }

    private void save() {
        try {
            ResidentProfile saved = profiles.save(currentUser.require(), answers());
            FieldProblems.show(this, List.of(), fields());
            show(saved);
            status.setText(getTranslation("profile.saved"));
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(), fields());
            status.setText(getTranslation("profile.problems"));
            // Take the reader to the first answer that needs checking (it may be far up the page).
            fields().values().stream().filter(HasValidation::isInvalid)
                    .filter(com.vaadin.flow.component.Focusable.class::isInstance).findFirst()
                    .ifPresent(field -> ((com.vaadin.flow.component.Focusable<?>) field).focus());
        } finally {
            save.setEnabled(true);
        }
    }

    private ProfileAnswers answers() {
        return new ProfileAnswers(fullName.getValue(), contact.getValue(), phone.getValue(), postalAddress.getValue(),
                area.getValue(), language.getValue(), languageOther.getValue(), accessNeeds.getValue(),
                accessNotes.getValue(), ageBand.getValue(), sex.getValue(), ethnicity.getValue(),
                disability.getValue(), caring.getValue(), !consent.getValue().isEmpty(),
                ProfileService.CONSENT_VERSION, consentWording());
    }

    private void show(ResidentProfile profile) {
        fullName.setValue(nullToEmpty(profile.fullName()));
        contact.setValue(profile.contactPreference());
        phone.setValue(nullToEmpty(profile.phone()));
        postalAddress.setValue(nullToEmpty(profile.postalAddress()));
        area.setValue(nullToEmpty(profile.area()));
        language.setValue(profile.language());
        languageOther.setValue(nullToEmpty(profile.languageOther()));
        accessNeeds.setValue(profile.accessNeeds());
        accessNotes.setValue(nullToEmpty(profile.accessNotes()));
        ageBand.setValue(profile.ageBand());
        sex.setValue(profile.sex());
        ethnicity.setValue(profile.ethnicity());
        disability.setValue(profile.disability());
        caring.setValue(profile.caring());
        boolean current = ProfileService.CONSENT_VERSION.equals(profile.consentVersion());
        consent.setValue(current ? Set.of(ProfileService.CONSENT_VERSION) : Set.of());
        if (profile.consentedAt() != null && current) {
            consentGiven.setText(getTranslation("profile.consent.given",
                    CouncilTime.dateTime(profile.consentedAt(), getLocale())));
            consentGiven.setVisible(true);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("fullName", fullName);
        fields.put("contactPreference", contact);
        fields.put("phone", phone);
        fields.put("postalAddress", postalAddress);
        fields.put("area", area);
        fields.put("language", language);
        fields.put("languageOther", languageOther);
        fields.put("accessNeeds", accessNeeds);
        fields.put("accessNotes", accessNotes);
        fields.put("ageBand", ageBand);
        fields.put("sex", sex);
        fields.put("ethnicity", ethnicity);
        fields.put("disability", disability);
        fields.put("caring", caring);
        fields.put("consent", consent);
        return fields;
    }

    private String consentWording() {
        return getTranslation("profile.consent." + ProfileService.CONSENT_VERSION);
    }

    private RadioButtonGroup<String> radios(String question, List<String> options) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems(options);
        group.setItemLabelGenerator(value -> getTranslation("profile.option." + question + "." + value));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return group;
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String key) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        FormLayout form = new FormLayout(content);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Section section = new Section(new H2(getTranslation(headingKey)), form);
        section.addClassName("pp-profile-section");
        return section;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
