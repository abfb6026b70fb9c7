package org.powerpartnership.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Handing over a place on a consultation's team: the leaver's work stays with the team, the panel stays independent. */
@IntegrationTest
class TeamsIT {

    @Autowired
    Cycle cycle;
    @Autowired
    Teams teams;
    @Autowired
    Memberships memberships;
    @Autowired
    WorkService work;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AuditLog audit;

    @Test
    void the_lead_leaves_the_successor_becomes_lead_and_the_claimed_task_goes_back_to_the_group() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);
        WorkItem task = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);
        work.claim(cast.lead(), task.taskId());
        assertThat(work.inbox(cast.deputy(), 0, 100)).extracting(WorkItem::taskId).doesNotContain(task.taskId());
        SignedInUser successor = accounts.open(Roles.OFFICER);

        Teams.Reassignment done = teams.reassign(cast.deputy(), consultation.id(), cast.lead().userId(),
                successor.userId());

        assertThat(done.role()).isEqualTo(MemberRole.LEAD);
        assertThat(done.movedTasks()).extracting(WorkItem::taskId).containsExactly(task.taskId());
        assertThat(memberships.userIds(consultation.id(), MemberRole.LEAD)).containsExactly(successor.userId());
        assertThat(memberships.userIds(consultation.id(), MemberRole.DEPUTY)).containsExactly(cast.deputy().userId());
        assertThat(work.inbox(successor, 0, 100)).extracting(WorkItem::taskId).contains(task.taskId());
        assertThat(work.inbox(cast.deputy(), 0, 100)).extracting(WorkItem::taskId).contains(task.taskId());
        assertThat(work.inbox(cast.lead(), 0, 100)).extracting(WorkItem::taskId).doesNotContain(task.taskId());
        assertThat(audit.forConsultation(consultation.id())).extracting(e -> e.action()).contains("team.reassigned");
    }

    @Test
    void a_plain_team_officer_can_step_up_into_the_deputys_place() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SignedInUser officer = accounts.open(Roles.OFFICER);
        memberships.add(consultation.id(), consultation.ref(), officer.userId(), MemberRole.OFFICER);

        teams.reassign(cast.lead(), consultation.id(), cast.deputy().userId(), officer.userId());

        assertThat(memberships.userIds(consultation.id(), MemberRole.DEPUTY)).containsExactly(officer.userId());
        assertThat(memberships.holds(consultation.id(), officer.userId(), MemberRole.OFFICER)).isFalse();
    }

    @Test
    void panel_members_non_officers_and_people_off_the_team_are_refused() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SignedInUser panelOfficer = accounts.open(Roles.OFFICER, Roles.PANEL);
        memberships.add(consultation.id(), consultation.ref(), panelOfficer.userId(), MemberRole.PANEL);

        assertThatThrownBy(() -> teams.reassign(cast.lead(), consultation.id(), cast.deputy().userId(),
                panelOfficer.userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problemFor("newcomer"))
                        .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("team.newcomer.onPanel")));
        assertThatThrownBy(() -> teams.reassign(cast.lead(), consultation.id(), cast.deputy().userId(),
                cast.coDesigner().userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problemFor("newcomer"))
                        .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("team.newcomer.notOfficer")));
        assertThatThrownBy(() -> teams.reassign(cast.lead(), consultation.id(), cast.sponsor().userId(),
                accounts.open(Roles.OFFICER).userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problemFor("leaver"))
                        .isPresent());
        assertThatThrownBy(() -> teams.reassign(accounts.open(Roles.OFFICER), consultation.id(),
                cast.deputy().userId(), accounts.open(Roles.OFFICER).userId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.reassign(accounts.open(Roles.ADMIN), consultation.id(),
                cast.deputy().userId(), accounts.open(Roles.OFFICER).userId()))
                .as("admins read, they do not change teams").isInstanceOf(AccessDeniedException.class);
        assertThat(teams.candidates(consultation.id())).extracting(SignedInUser::userId)
                .doesNotContain(panelOfficer.userId(), cast.lead().userId(), cast.deputy().userId());
        assertThat(memberships.holds(consultation.id(), cast.deputy().userId(), MemberRole.DEPUTY)).isTrue();
    }
}
