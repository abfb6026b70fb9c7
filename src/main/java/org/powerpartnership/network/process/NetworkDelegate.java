package org.powerpartnership.network.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.network.InvitationChoices;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.network.Partnership;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code ${networks...}} and the networks stage's work items. */
@Configuration(proxyBeanMethods = false)
public class NetworkDelegate {

    /** The invited organisations (one role task each) and the stage's reach summary. */
    public static final class Networks {
        private final NetworkService network;
        private final AuditLog audit;

        Networks(NetworkService network, AuditLog audit) {
            this.network = network;
            this.audit = audit;
        }

        public List<Long> invitedOrganisations(DelegateExecution execution) {
            return network.invitedOrganisationIds(consultationId(execution));
        }

        public void summarise(DelegateExecution execution) {
            long consultationId = consultationId(execution);
            List<Partnership> partners = network.partnersOf(consultationId);
            int reach = partners.stream().filter(Partnership::isAccepted)
                    .mapToInt(p -> p.reachEstimate() == null ? 0 : p.reachEstimate()).sum();
            long accepted = partners.stream().filter(Partnership::isAccepted).count();
            audit.recordForStage(AuditLog.SYSTEM, consultationId, "NETWORKS", "networks.summarised",
                    "consultation:" + consultationId, Map.of("invited", partners.size(), "accepted", accepted,
                            "reach", reach));
        }

        private static long consultationId(DelegateExecution execution) {
            return ((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
        }
    }

    @Bean("networks")
    Networks networks(NetworkService network, AuditLog audit) {
        return new Networks(network, audit);
    }

    /**
     * The team's choice from the directory: the chosen active organisations are invited; a name not in the directory
     * is proposed for an officer to confirm and not invited (nothing is created silently any more).
     */
    @Bean
    TaskCompletionHandler inviteNetworksHandler(InvitationChoices choices) {
        return TaskCompletionHandler.forForm(InvitationChoices.FORM, (item, user, values) -> {
            choices.invite(user, item.consultationId(), (String) values.get(InvitationChoices.CHOSEN),
                    (String) values.get(InvitationChoices.PROPOSED));
            return Map.of();
        });
    }

    /** Outreach is recorded for the organisation the partner acts for (it must be invited to the consultation). */
    @Bean
    TaskCompletionHandler outreachHandler(PartnerWorkspace workspace) {
        return TaskCompletionHandler.forForm("outreach-action", (item, user, values) -> {
            Object people = values.get("peopleReached");
            workspace.recordOutreach(user, item.consultationId(), (String) values.get("groupsReached"),
                    people instanceof Number number ? number.intValue() : null);
            return Map.of();
        });
    }

    @Bean
    TaskCompletionHandler partnerRoleHandler(NetworkService network, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("partner-role", (item, user, values) -> {
            long organisationId = ((Number) workflow.processVariable(item.taskId(), "organisationId").orElseThrow())
                    .longValue();
            network.acceptRole(user, item.consultationId(), organisationId, (String) values.get("role"),
                    ((Number) values.get("reachEstimate")).intValue(), (String) values.get("reachDescription"));
            return Map.of();
        });
    }
}
