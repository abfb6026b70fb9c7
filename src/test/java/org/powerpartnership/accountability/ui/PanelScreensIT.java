package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sponsor's panel section (confirm, reserve list with a lazy picker, appoint with a reason) and the panel
 * member's step-down, on their screens; each change shows on the public record.
 */
class PanelScreensIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationService consultations;
    @Autowired
    PanelRoster roster;

    @Test
    void the_sponsor_confirms_the_panel_keeps_a_reserve_and_appoints_a_substitute_with_a_reason() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = consultations.launch(cast.lead(),
                cycle.launchRequest(cast, false, ConsultationSettings.defaults()));
        SignedInUser reserve = accounts.open("Rhiannon Reserve " + System.nanoTime(), Roles.PANEL);
        String id = "panel-" + consultation.id();

        signIn(cast.sponsor());
        navigate("sponsor");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-state")))).contains("not confirmed yet");
        _click(_get(Button.class, spec -> spec.withId(id + "-confirm")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId(id + "-done")))).contains("confirmed the panel");
        assertThat(roster.isConfirmed(consultation.id())).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<SignedInUser> picker = _get(ComboBox.class, spec -> spec.withId(id + "-reserve-person"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(picker, reserve.displayName());
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(picker))
                .as("only matching panel members are offered").hasSize(1);
        _setValue(picker, roster.reserveCandidates(consultation.id(), reserve.displayName(), 0, 10).get(0));
        _click(_get(Button.class, spec -> spec.withId(id + "-reserve-add")));
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-reserve")))).contains(reserve.displayName());

        @SuppressWarnings("unchecked")
        ComboBox<String> substitute = _get(ComboBox.class, spec -> spec.withId(id + "-substitute"));
        _setValue(substitute, reserve.userId());
        TextArea reason = _get(TextArea.class, spec -> spec.withId(id + "-reason"));
        _click(_get(Button.class, spec -> spec.withId(id + "-appoint")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("published on the record");
        assertThat(roster.panel(consultation.id())).doesNotContain(reserve.userId());

        _setValue(_get(TextArea.class, spec -> spec.withId(id + "-reason")), "A member moved away; we need four.");
        _click(_get(Button.class, spec -> spec.withId(id + "-appoint")));
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-members")))).contains(reserve.displayName());

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-panel-changes"))))
                .contains("the sponsor confirmed the panel", "was appointed as a substitute",
                        "A member moved away; we need four.");
    }

    @Test
    void a_panel_member_steps_down_with_a_reason_which_the_public_record_shows() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        SignedInUser member = cast.panel().get(0);
        String id = "step-down-" + consultation.id();

        signIn(member);
        navigate("panel");
        _click(_get(Button.class, spec -> spec.withId(id + "-submit")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId(id + "-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(roster.panel(consultation.id())).contains(member.userId());

        _setValue(reason, "I have joined the council's parks team.");
        _click(_get(Button.class, spec -> spec.withId(id + "-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("step-down-status")))).contains("stepped down");
        assertThat(roster.panel(consultation.id())).doesNotContain(member.userId());
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(2)
                .noneMatch(item -> member.userId().equals(item.assignee()));

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-panel-changes"))))
                .contains("stepped down from the panel", "I have joined the council's parks team.");
    }

    @Test
    void a_gate_waiting_for_an_unconfirmed_panel_is_pointed_out_on_the_sponsor_page_with_a_link_to_settle_it() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = consultations.launch(cast.lead(),
                cycle.launchRequest(cast, false, ConsultationSettings.defaults()));
        cycle.completeAll(cast, consultation, Set.of("Task_SettlePanel"), null);
        String id = "panel-" + consultation.id();

        signIn(cast.sponsor());
        navigate("sponsor");
        Anchor settle = _get(Anchor.class, spec -> spec.withId(id + "-settle"));
        assertThat(text(_get(Component.class, spec -> spec.withId(id)))).contains("waits for you to settle");
        assertThat(settle.getHref()).isEqualTo("work/" + cycle.open(consultation, "Task_SettlePanel").get(0).taskId());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
