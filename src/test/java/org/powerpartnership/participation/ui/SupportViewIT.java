package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

class SupportViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    AdjustmentService adjustments;

    @Test
    void a_request_for_support_becomes_an_officer_task_and_the_resident_sees_the_answer() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SignedInUser resident = signInAs(Roles.RESIDENT);
        com.vaadin.flow.component.UI.getCurrent().navigate("support",
                com.vaadin.flow.router.QueryParameters.of("consultation", String.valueOf(consultation.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-none")).getText()).contains("not asked");
        ComboBox<Consultation> chosen = consultationBox();
        assertThat(chosen.getValue()).extracting(Consultation::id).isEqualTo(consultation.id());

        kind().setValue("interpreter");
        _get(TextArea.class, spec -> spec.withId("form-field-details"))
                .setValue("I need a Bengali interpreter at the drop-in session, please.");
        _click(_get(Button.class, spec -> spec.withId("support-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("support-sent")).getText()).contains("We have your request");
        Article request = _get(Article.class, spec -> spec.withClasses("pp-support-request"));
        assertThat(request.getElement().getTextRecursively()).contains("interpreter", consultation.title());
        assertThat(_get(request, Span.class, spec -> spec.withClasses("pp-request-status")).getText())
                .isEqualTo("Waiting for a reply");
        assertThat(kind().getValue()).isNull();
        WorkItem task = cycle.open(consultation, "Task_ArrangeAdjustment").get(0);
        assertThat(task.candidateGroup()).isEqualTo("officer:" + consultation.ref());
        assertThat(task.dueAt()).isNotNull();

        cycle.complete(cast, task, Map.of("outcome", "arranged",
                "messageToResident", "An interpreter will be with you at the drop-in on Saturday."));
        navigate("support");
        Article answered = _get(Article.class, spec -> spec.withClasses("pp-support-request"));
        assertThat(_get(answered, Span.class, spec -> spec.withClasses("pp-request-status")).getText())
                .isEqualTo("Answered");
        assertThat(answered.getElement().getTextRecursively())
                .contains("An interpreter will be with you at the drop-in on Saturday.");
        assertThat(adjustments.requestsOf(resident)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("ANSWERED"));
    }

    @Test
    void a_request_without_a_consultation_or_details_keeps_what_was_typed_and_says_what_is_missing() {
        openConsultationIfNoneIsOpen();
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("support");
        ComboBox<Consultation> chosen = consultationBox();
        chosen.clear();
        kind().setValue("travel");
        TextArea details = _get(TextArea.class, spec -> spec.withId("form-field-details"));
        details.setValue("Bus");
        _click(_get(Button.class, spec -> spec.withId("support-send")));

        assertThat(chosen.isInvalid()).isTrue();
        assertThat(chosen.getErrorMessage()).contains("choose a consultation");
        assertThat(details.isInvalid()).isTrue();
        assertThat(details.getValue()).isEqualTo("Bus");
        assertThat(kind().getValue()).isEqualTo("travel");
        assertThat(adjustments.requestsOf(resident)).isEmpty();
        assertThat(_find(Article.class, spec -> spec.withClasses("pp-support-request"))).isEmpty();
    }

    private void openConsultationIfNoneIsOpen() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, java.util.Set.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Consultation> consultationBox() {
        return _get(ComboBox.class, spec -> spec.withId("support-consultation"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> kind() {
        return _get(ComboBox.class, spec -> spec.withId("form-field-kind"));
    }
}
