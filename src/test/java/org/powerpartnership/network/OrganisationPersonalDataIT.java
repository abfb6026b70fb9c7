package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My data" holds a person's part in organisations; erasing it keeps how the organisation came in, unnamed. */
@IntegrationTest
class OrganisationPersonalDataIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    OrganisationApplications applications;
    @Autowired
    OrganisationAdministration administration;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    WorkService work;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_download_lists_member_roles_applications_and_invitations_sent_and_erasure_keeps_them_under_a_pseudonym() {
        SignedInUser founder = accounts.open(Roles.RESIDENT);
        String name = "Quayside Choir " + UUID.randomUUID().toString().substring(0, 8);
        long applicationId = applications.register(founder, new Registration(name, "community_group",
                List.of("Quayside"), "We sing.", "Ask for Sam."));
        var review = workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + applicationId).get(0);
        work.complete(accounts.open(Roles.OFFICER), review.taskId(), Map.of("decision", "approve"));
        SignedInUser admin = accountService.signedInUser(founder.userId());
        long organisationId = applications.application(applicationId).organisationId();
        administration.invite(admin, organisationId, "alto-" + UUID.randomUUID() + "@test.example.org");

        Map<String, Object> section = (Map<String, Object>) personalData.export(admin).get("organisations");
        assertThat((List<Map<String, Object>>) section.get("memberOf")).singleElement()
                .satisfies(member -> assertThat(member).containsEntry("name", name).containsEntry("memberRole", "admin"));
        assertThat((List<Map<String, Object>>) section.get("applications")).singleElement()
                .satisfies(application -> assertThat(application).containsEntry("kind", "register")
                        .containsEntry("status", "approved").containsEntry("message", "Ask for Sam."));
        assertThat((List<Map<String, Object>>) section.get("invitationsYouSent")).singleElement()
                .satisfies(invitation -> assertThat((String) invitation.get("email")).startsWith("alto-"));

        personalData.erase(admin);

        Application kept = applications.application(applicationId);
        assertThat(kept.status()).isEqualTo(Application.APPROVED);
        assertThat(kept.applicant()).isNotEqualTo(founder.userId());
        assertThat(jdbc.sql("select count(*) from organisation_invitation where invited_by = ?")
                .param(founder.userId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from organisation_invitation where organisation_id = ?")
                .param(organisationId).query(Long.class).single()).isEqualTo(1);
    }
}
