package org.powerpartnership.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.powerpartnership.profile.ProfileAnswers;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.profile.ResidentProfile;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ProfileViewIT extends KaribuTest {

    private static final String CONSENT_WORDING = "I agree that the council keeps these answers to help me take part. "
            + "I know I can change them or ask for them to be deleted at any time on the My data page.";

    @Autowired
    ProfileService profiles;

    @Test
    void a_resident_saves_every_field_and_the_consent_is_kept_with_its_wording_and_date() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(view.fullName.getValue()).as("the account name is offered").isEqualTo(resident.displayName());

        Instant before = Instant.now().minusSeconds(1);
        view.fullName.setValue("Gwen Evans");
        view.contact.setValue("post");
        view.phone.setValue("029 2087 2087");
        view.postalAddress.setValue("1 River Street, Cardiff");
        view.area.setValue("cf10 4uw");
        view.language.setValue("other");
        view.languageOther.setValue("Polish");
        view.accessNeeds.setValue(Set.of("large-print", "easy-read", "bsl", "hearing-loop", "step-free"));
        view.accessNotes.setValue("My carer comes with me.");
        view.ageBand.setValue("35-44");
        view.sex.setValue("female");
        view.ethnicity.setValue("white");
        view.disability.setValue("yes");
        view.caring.setValue("no");
        view.consent.setValue(Set.of(ProfileService.CONSENT_VERSION));
        _click(view.save);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-status")).getText())
                .isEqualTo("Your profile is saved.");
        ResidentProfile saved = profiles.profileOf(resident).orElseThrow();
        assertThat(saved.fullName()).isEqualTo("Gwen Evans");
        assertThat(saved.contactPreference()).isEqualTo("post");
        assertThat(saved.phone()).isEqualTo("029 2087 2087");
        assertThat(saved.postalAddress()).isEqualTo("1 River Street, Cardiff");
        assertThat(saved.area()).as("a postcode is tidied").isEqualTo("CF10 4UW");
        assertThat(saved.areaKind()).isEqualTo("postcode");
        assertThat(saved.language()).isEqualTo("other");
        assertThat(saved.languageOther()).isEqualTo("Polish");
        assertThat(saved.accessNeeds()).containsExactlyInAnyOrder("large-print", "easy-read", "bsl", "hearing-loop",
                "step-free");
        assertThat(saved.accessNotes()).isEqualTo("My carer comes with me.");
        assertThat(saved.ageBand()).isEqualTo("35-44");
        assertThat(saved.sex()).isEqualTo("female");
        assertThat(saved.ethnicity()).isEqualTo("white");
        assertThat(saved.disability()).isEqualTo("yes");
        assertThat(saved.caring()).isEqualTo("no");
        assertThat(saved.consentVersion()).isEqualTo("v1");
        assertThat(saved.consentWording()).isEqualTo(CONSENT_WORDING);
        assertThat(saved.consentedAt()).isBetween(before, Instant.now().plusSeconds(1));

        // Coming back: everything is shown as saved, with the date of the agreement.
        navigate("");
        navigate("profile");
        ProfileView again = _get(ProfileView.class);
        assertThat(again.fullName.getValue()).isEqualTo("Gwen Evans");
        assertThat(again.accessNeeds.getValue()).hasSize(5);
        assertThat(again.caring.getValue()).isEqualTo("no");
        assertThat(again.consentGiven.getText()).startsWith("You agreed on ");
        assertThat(again.consentGiven.isVisible()).isTrue();

        // Saving again later keeps the first date of the same agreement.
        again.area.setValue("Riverside");
        _click(again.save);
        ResidentProfile resaved = profiles.profileOf(resident).orElseThrow();
        assertThat(resaved.area()).isEqualTo("Riverside");
        assertThat(resaved.areaKind()).isEqualTo("ward");
        assertThat(resaved.consentedAt()).isEqualTo(saved.consentedAt());
    }

    @Test
    void prefer_not_to_say_is_accepted_on_every_equality_question_and_they_may_be_skipped() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-equality-why")).getText())
                .startsWith("Why we ask");
        view.contact.setValue("none");
        view.language.setValue("cy");
        for (var question : java.util.List.of(view.ageBand, view.sex, view.ethnicity, view.disability,
                view.caring)) {
            question.setValue("prefer-not");
        }
        view.consent.setValue(Set.of(ProfileService.CONSENT_VERSION));
        _click(view.save);

        ResidentProfile saved = profiles.profileOf(resident).orElseThrow();
        assertThat(java.util.List.of(saved.ageBand(), saved.sex(), saved.ethnicity(), saved.disability(),
                saved.caring())).containsOnly("prefer-not");

        view.ageBand.clear();
        view.sex.clear();
        _click(view.save);
        ResidentProfile skipped = profiles.profileOf(resident).orElseThrow();
        assertThat(skipped.ageBand()).isNull();
        assertThat(skipped.sex()).isNull();
        assertThat(skipped.ethnicity()).isEqualTo("prefer-not");
    }

    @Test
    void a_wrong_postcode_is_explained_beside_the_field_and_everything_typed_stays() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        view.fullName.setValue("Sam Jones");
        view.contact.setValue("phone");
        view.phone.setValue("07700 900123");
        view.area.setValue("CF99 ZZZ9");
        view.language.setValue("en");
        view.accessNotes.setValue("Please send papers a week early.");
        view.disability.setValue("prefer-not");
        _click(view.save);

        assertThat(view.area.isInvalid()).isTrue();
        assertThat(view.area.getErrorMessage()).contains("does not look like a UK postcode");
        assertThat(view.consent.isInvalid()).as("every problem at once").isTrue();
        assertThat(view.consent.getErrorMessage()).contains("Tick the box");
        assertThat(view.fullName.isInvalid()).isFalse();
        assertThat(view.area.getValue()).isEqualTo("CF99 ZZZ9");
        assertThat(view.fullName.getValue()).isEqualTo("Sam Jones");
        assertThat(view.phone.getValue()).isEqualTo("07700 900123");
        assertThat(view.accessNotes.getValue()).isEqualTo("Please send papers a week early.");
        assertThat(view.disability.getValue()).isEqualTo("prefer-not");
        assertThat(view.save.isEnabled()).as("they can try again").isTrue();
        assertThat(profiles.profileOf(resident)).as("nothing half-saved").isEmpty();

        view.area.setValue("CF10 4UW");
        view.consent.setValue(Set.of(ProfileService.CONSENT_VERSION));
        _click(view.save);
        assertThat(view.area.isInvalid()).isFalse();
        assertThat(profiles.profileOf(resident).orElseThrow().area()).isEqualTo("CF10 4UW");
    }

    @Test
    void choosing_phone_or_post_needs_the_number_or_the_address() {
        signInAs(Roles.RESIDENT);
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        view.contact.setValue("phone");
        view.language.setValue("en");
        view.consent.setValue(Set.of(ProfileService.CONSENT_VERSION));
        _click(view.save);
        assertThat(view.phone.getErrorMessage()).contains("Enter your phone number");
    }

    @Test
    void only_residents_have_a_profile_and_the_service_says_so_too() {
        SignedInUser officer = signInAs(Roles.OFFICER);
        navigate("profile");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ProfileView.class)).isEmpty();
        assertThatThrownBy(() -> profiles.save(officer, new ProfileAnswers("Officer", "email", null, null, null,
                "en", null, Set.of(), null, null, null, null, null, null, true, "v1", CONSENT_WORDING)))
                .isInstanceOf(AccessDeniedException.class);
    }

}
