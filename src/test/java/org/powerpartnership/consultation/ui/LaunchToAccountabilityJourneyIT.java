package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
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

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_new_consultation_goes_through_all_seven_stages_through_the_screens_alone() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        SignedInUser partner = accounts.open(Roles.PARTNER);
        Organisation organisation = network.findOrCreate("Riverside CVS " + partner.userId(), "cvs", "Riverside");
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
            answerOnline(resident, consultation, resident == residents.get(0) ? "agree" : "disagree");
        }
        answerAssisted(partner, consultation);
        enterOnPaper(people.lead(), consultation);
        readResponses(people.lead(), consultation);

        // the window runs its full length, then the analysis
        time.advance(Duration.ofDays(36), consultations.get(consultation.id()).processInstanceId());
        analyse(people.lead(), consultation);

        signIn(people.panel().get(0));
        navigate("panel");
        assertThat(text(_get(com.vaadin.flow.component.html.Main.class))).contains(consultation.title());
        assertThat(open(consultation)).anyMatch(item -> isVote(item) && "PARTICIPATION".equals(item.stage()));
        voteEverywhere(consultation, people);

        // Stages 5 and 6: community leads and community-led delivery, each on its work page, each signed off
        doOnScreen(only(consultation, "Task_AppointCommunityLeads"), people.lead());
        voteEverywhere(consultation, people);
        doOnScreen(only(consultation, "Task_PlanCommunityLedDelivery"), people.deputy());
        voteEverywhere(consultation, people);

        // Stage 7: the council's response
        assertThat(open(consultation)).anyMatch(item -> item.taskKey().equals("Task_PublishCouncilResponse"));
    }
}
