package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.workflow.WorkItem;

/**
 * One new consultation through all seven stages through the screens alone, as a council starting with no demo data
 * would: launch, co-design, the survey built and agreed, residents, a partner (assisted) and an officer (paper)
 * responding, the analysis, community leads and community-led delivery, the council's response returned by the panel
 * and changed, published, participants told, and a commitment reported on, claimed delivered, checked by the panel and
 * shown delivered on the public record. The clock is moved; engine state is only read (to know which task is open and
 * whose it is); every change goes through a view. People and an organisation are set up as fixtures (accounts and the
 * directory have their own screens and issues).
 */
class LaunchToAccountabilityJourneyIT extends JourneyScreens {

    /** The council's zone (the test clock's dates are read in it). */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String EXTENSION_REASON = "Few families have answered yet: the school holidays start next week.";
    private static final String COMMITMENT = "Replace the toddler swings and fit a self-closing gate";
    private static final String RETURN_REASON = "The response does not say when families will see the new swings.";
    private static final String ANSWER = "We now say the swings go in before the summer holidays, in the last line.";
    private static final String CHANGED_WORDING = "The new swings go in before the summer holidays.";
    private static final String PROGRESS = "The swings are ordered and the gate is made; fitting starts next month.";
    private static final String DELIVERED = "The swings and the self-closing gate were fitted and opened last week.";

    private LocalDate commitmentDue;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_new_consultation_goes_through_all_seven_stages_through_the_screens_alone() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        SignedInUser partner = accounts.open(Roles.PARTNER);
        Organisation organisation = network.findOrCreate("Riverside CVS " + partner.userId(), "infrastructure", "Riverside");
        network.addMember(organisation.id(), partner.userId());
        SignedInUser coDesigner = accounts.open(Roles.RESIDENT);
        List<SignedInUser> residents = List.of(accounts.open(Roles.RESIDENT), accounts.open(Roles.RESIDENT));

        Consultation consultation = launch(people, organisation, coDesigner);

        // Stage 1: the co-designers contribute through their own screens
        doOnScreen(only(consultation, "Task_CoDesignAsResident"), coDesigner);
        doOnScreen(only(consultation, "Task_CoDesignAsPartner"), partner);

        // the survey is built, then the question and methods agreed, which publishes it for the panel
        buildSurvey(people.lead(), consultation);
        doOnScreen(only(consultation, "Task_AgreeQuestionAndMethods"), people.lead());
        voteEverywhere(consultation, people);

        // Stages 2 and 3: invitations, the partner's role, the access plan; each signed off
        for (int guard = 0; guard < 20 && !consultations.get(consultation.id()).isWindowOpen(time.now()); guard++) {
            WorkItem next = open(consultation).stream().filter(item -> !isVote(item)).findFirst().orElse(null);
            if (next == null) {
                voteEverywhere(consultation, people);
                continue;
            }
            doOnScreen(next, actorFor(next, people, partner));
        }
        assertThat(consultations.get(consultation.id()).isWindowOpen(time.now())).as("the window opened").isTrue();

        // Stage 4: residents answer online, having read what they are answering
        for (SignedInUser resident : residents) {
            boolean first = resident == residents.get(0);
            answerOnline(resident, consultation, first ? "agree" : "disagree", first);
        }
        answerAssisted(partner, consultation);
        enterOnPaper(people.lead(), consultation);
        readResponses(people.lead(), consultation);

        // few answers yet: the lead gives people another week, then the window runs its full length
        extendWindow(people.lead(), consultation);
        time.advance(Duration.ofDays(36), consultations.get(consultation.id()).processInstanceId());
        assertThat(consultations.get(consultation.id()).isWindowOpen(time.now())).as("extended").isTrue();
        time.advance(Duration.ofDays(8), consultations.get(consultation.id()).processInstanceId());
        analyse(people.lead(), consultation);

        signIn(people.panel().get(0));
        navigate("panel");
        assertThat(text(_get(Main.class))).contains(consultation.title());
        assertThat(open(consultation)).anyMatch(item -> isVote(item) && "PARTICIPATION".equals(item.stage()));
        voteEverywhere(consultation, people);

        // Stages 5 and 6: community leads and community-led delivery, each on its work page, each signed off
        doOnScreen(only(consultation, "Task_AppointCommunityLeads"), people.lead());
        voteEverywhere(consultation, people);
        doOnScreen(only(consultation, "Task_PlanCommunityLedDelivery"), people.deputy());
        voteEverywhere(consultation, people);

        // Stage 7: the council's response, drafted from the analysis; the panel returns it once, then approves
        prepareResponse(people.lead(), consultation);
        voteOnStage7(consultation, people, "return");
        answerTheReturnAndResend(people.lead(), consultation);
        readWhatChanged(people.panel().get(0), consultation);
        voteEverywhere(consultation, people);

        // published: the public page, and everyone who asked to hear back is told
        seePublished(consultation);
        assertThat(mailsTo(residents.get(0).email())).as("the resident who ticked the box").hasSize(1);
        assertThat(mailsTo(ASSISTED_EMAIL)).as("the person a partner helped, in Welsh").singleElement()
                .satisfies(mail -> assertThat(TestMailServer.subject(mail)).startsWith("Mae’r cyngor wedi ymateb"));
        assertThat(TestMailServer.to(residents.get(1).email())).as("who did not ask is not told").isEmpty();

        // the commitment, days before its due date: progress reported, delivery claimed, checked by the panel
        Instant dayBeforeDue = commitmentDue.minusDays(1).atTime(12, 0).atZone(LONDON).toInstant();
        time.advance(Duration.between(time.now(), dayBeforeDue), consultations.get(consultation.id()).processInstanceId());
        reportOnCommitment(people, consultation);
        signIn(residents.get(0));
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Main.class))).contains(COMMITMENT, _get(Main.class).getTranslation(
                "commitments.status.DELIVERED"));
    }

    private void extendWindow(SignedInUser lead, Consultation consultation) {
        signIn(lead);
        navigate("consultation/" + consultation.id());
        _click(_get(Button.class, spec -> spec.withId("window-extend")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("window-extend-date"));
        LocalDate closes = date.getValue() != null ? date.getValue()
                : LocalDate.ofInstant(consultations.get(consultation.id()).windowClosesAt(), LONDON);
        _setValue(date, closes.minusDays(1));
        _setValue(_get(TextArea.class, spec -> spec.withId("window-extend-reason")), EXTENSION_REASON);
        _click(_get(Button.class, spec -> spec.withId("window-extend-save")));
        assertThat(date.isInvalid()).as("a window is never shortened").isTrue();
        _setValue(date, closes.plusDays(7));
        _click(_get(Button.class, spec -> spec.withId("window-extend-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-window-extension"))))
                .contains(EXTENSION_REASON);
    }

    /** The lead decides each theme (one first without a reason), plans a commitment, and sends the response. */
    @SuppressWarnings("unchecked")
    private void prepareResponse(SignedInUser lead, Consultation consultation) {
        signIn(lead);
        navigate("work/" + only(consultation, "Task_PublishCouncilResponse").taskId());
        assertThat(currentPath()).isEqualTo("consultation/" + consultation.id() + "/response");
        List<RadioButtonGroup<String>> decisions = _find(RadioButtonGroup.class).stream()
                .filter(group -> group.getId().orElse("").startsWith("decision-"))
                .map(group -> (RadioButtonGroup<String>) group).toList();
        assertThat(decisions).as("one decision per theme").hasSize(2);
        for (RadioButtonGroup<String> decision : decisions) {
            _setValue(decision, "ADOPTED");
        }
        _click(_get(Button.class, spec -> spec.withId("response-save")));
        String first = decisions.get(0).getId().orElseThrow().replace("decision-", "reason-");
        assertThat(_get(TextArea.class, spec -> spec.withId(first)).isInvalid()).as("a decision needs a reason").isTrue();
        for (RadioButtonGroup<String> decision : _find(RadioButtonGroup.class).stream()
                .filter(group -> group.getId().orElse("").startsWith("decision-"))
                .map(group -> (RadioButtonGroup<String>) group).toList()) {
            assertThat(decision.getValue()).as("nothing chosen is lost").isEqualTo("ADOPTED");
            _setValue(_get(TextArea.class, spec -> spec.withId(decision.getId().orElseThrow().replace("decision-",
                    "reason-"))), "Most people asked for it and the play budget covers it this year.");
        }
        _click(_get(Button.class, spec -> spec.withId("response-save")));

        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-description")), COMMITMENT);
        _setValue(_get(TextArea.class, spec -> spec.withId("commitment-measure")),
                "The new swings and the gate are in place, checked by the panel on a visit");
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("commitment-owner")).isInvalid()).as("no owner").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("commitment-owner")), "Head of Parks");
        commitmentDue = LocalDate.ofInstant(time.now(), LONDON).plusDays(120);
        _setValue(_get(DatePicker.class, spec -> spec.withId("commitment-due")), commitmentDue);
        CheckboxGroup<Object> themes = _get(CheckboxGroup.class, spec -> spec.withId("commitment-themes"));
        _setValue(themes, Set.copyOf(themes.getListDataView().getItems().toList()));
        _click(_get(Button.class, spec -> spec.withId("commitment-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-commitment-list")))).contains(COMMITMENT);

        _click(_get(Button.class, spec -> spec.withId("response-redraft")));
        _click(_get(Button.class, spec -> spec.withId("response-send")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("With the panel since");
        navigate("commitments");
        assertThat(text(_get(Main.class))).as("a draft's commitments stay in its editor").doesNotContain(COMMITMENT);
    }

    /** Every open stage-7 vote cast this way, with reasons, on the review screen. */
    private void voteOnStage7(Consultation consultation, OfficerScreens.People people, String decision) {
        for (WorkItem vote : open(consultation).stream().filter(JourneyScreens::isVote).toList()) {
            SignedInUser member = people.panel().stream().filter(m -> m.userId().equals(vote.assignee()))
                    .findFirst().orElseThrow();
            signIn(member);
            navigate("work/" + vote.taskId());
            if (_find(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")).isEmpty()) {
                continue; // the gate settled with earlier votes
            }
            assertThat(text(_get(Main.class))).contains(COMMITMENT);
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")), decision);
            _setValue(_get(TextArea.class, spec -> spec.withId("vote-field-reasons")), RETURN_REASON);
            _click(_get(Button.class, spec -> spec.withId("vote-submit")));
        }
    }

    /** The response is back with the team: resending without answering is refused; answered and changed, it goes. */
    private void answerTheReturnAndResend(SignedInUser lead, Consultation consultation) {
        signIn(lead);
        navigate("work/" + only(consultation, "Task_PublishCouncilResponse").taskId());
        assertThat(text(_get(Component.class, spec -> spec.withId("returned-stage")))).contains(RETURN_REASON);
        _click(_get(Button.class, spec -> spec.withId("response-send")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-problem")))).isNotBlank();
        assertThat(open(consultation)).anyMatch(item -> item.taskKey().equals("Task_PublishCouncilResponse"));

        for (TextArea answer : _find(TextArea.class).stream()
                .filter(area -> area.getId().orElse("").startsWith("returned-answer-")).toList()) {
            String number = answer.getId().orElseThrow().substring("returned-answer-".length());
            _setValue(answer, ANSWER);
            _click(_get(Button.class, spec -> spec.withId("returned-save-" + number)));
        }
        TextArea weDid = _get(TextArea.class, spec -> spec.withId("response-we-did"));
        _setValue(weDid, weDid.getValue() + "\n" + CHANGED_WORDING);
        _click(_get(Button.class, spec -> spec.withId("response-send")));
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("With the panel since");
    }

    private void readWhatChanged(SignedInUser member, Consultation consultation) {
        WorkItem vote = open(consultation).stream().filter(item -> isVote(item)
                && member.userId().equals(item.assignee())).findFirst().orElseThrow();
        signIn(member);
        navigate("work/" + vote.taskId());
        assertThat(text(_get(Component.class, spec -> spec.withId("changes-values")))).contains(CHANGED_WORDING);
        assertThat(text(_get(Component.class, spec -> spec.withId("changes-answers")))).contains(RETURN_REASON, ANSWER);
    }

    private void seePublished(Consultation consultation) {
        assertThat(open(consultation)).noneMatch(item -> "ACCOUNTABILITY".equals(item.stage()) && isVote(item));
        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Main.class))).contains(CHANGED_WORDING, COMMITMENT, "Head of Parks",
                "Most people asked for it");
    }

    /** The team reports progress, then delivery, on the commitments screen; the panel reviews it and checks it. */
    private void reportOnCommitment(OfficerScreens.People people, Consultation consultation) {
        WorkItem progress = only(consultation, "Task_ReportCommitmentProgress");
        assertThat(progress.name()).contains(COMMITMENT);
        signIn(people.lead());
        navigate("commitments");
        String card = _find(Component.class).stream().map(c -> c.getId().orElse(""))
                .filter(id -> id.matches("commitment-\\d+") && text(_get(Component.class, spec -> spec.withId(id)))
                        .contains(COMMITMENT)).findFirst().orElseThrow();
        _setValue(_get(TextArea.class, spec -> spec.withId(card + "-commitment-progress-field-progress")), PROGRESS);
        _click(_get(Button.class, spec -> spec.withId(card + "-commitment-progress-submit")));
        assertThat(text(_get(Component.class, spec -> spec.withId(card + "-history")))).contains(PROGRESS);

        _setValue(_get(TextArea.class, spec -> spec.withId(card + "-deliver-text")), DELIVERED);
        _click(_get(Button.class, spec -> spec.withId(card + "-deliver-submit")));

        SignedInUser member = people.panel().get(1);
        signIn(member);
        navigate("commitments");
        if (!_find(RadioButtonGroup.class, spec -> spec.withId(card + "-commitment-review-field-judgement")).isEmpty()) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(card + "-commitment-review-field-judgement")),
                    "on_track");
            _click(_get(Button.class, spec -> spec.withId(card + "-commitment-review-submit")));
        }
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(card + "-commitment-delivery-check-field-confirmed")),
                "yes");
        _click(_get(Button.class, spec -> spec.withId(card + "-commitment-delivery-check-submit")));
        assertThat(text(_get(Component.class, spec -> spec.withId(card + "-status"))))
                .contains(_get(Main.class).getTranslation("commitments.status.DELIVERED"));
    }
}
