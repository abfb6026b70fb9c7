package org.powerpartnership.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageWork;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.Completion;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Component;

/**
 * Drives consultations through the engagement cycle the way people would: through the feature services and the
 * work service, each work item done by someone entitled to it, with values that meet its form.
 */
@Component
public class Cycle {

    private final TestAccounts accounts;
    private final ConsultationService consultations;
    private final NetworkService network;
    private final WorkService work;
    private final WorkflowPort workflow;
    private final FormCatalog forms;
    private final AccountService accountService;
    private final SignOffService signOff;
    private final PanelRoster roster;

    public Cycle(TestAccounts accounts, ConsultationService consultations, NetworkService network, WorkService work,
                 WorkflowPort workflow, FormCatalog forms, AccountService accountService, SignOffService signOff,
                 PanelRoster roster) {
        this.roster = roster;
        this.accountService = accountService;
        this.signOff = signOff;
        this.accounts = accounts;
        this.consultations = consultations;
        this.network = network;
        this.work = work;
        this.workflow = workflow;
        this.forms = forms;
    }

    /** The people of one consultation. */
    public record Cast(SignedInUser lead, SignedInUser deputy, List<SignedInUser> panel, SignedInUser sponsor,
                       SignedInUser partner, SignedInUser coDesigner, Organisation organisation) {

        public SignedInUser byId(String userId) {
            List<SignedInUser> everyone = new ArrayList<>(panel);
            everyone.addAll(List.of(lead, deputy, sponsor, partner, coDesigner));
            return everyone.stream().filter(u -> u.userId().equals(userId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Not in the cast: " + userId));
        }
    }

    public Cast cast(int panelSize) {
        List<SignedInUser> panel = new ArrayList<>();
        for (int i = 0; i < panelSize; i++) {
            panel.add(accounts.open(Roles.PANEL));
        }
        SignedInUser partner = accounts.open(Roles.PARTNER);
        Organisation organisation = network.findOrCreate("Test CVS " + partner.userId(), "infrastructure", "Test ward");
        network.addMember(organisation.id(), partner.userId());
        return new Cast(accounts.open(Roles.OFFICER), accounts.open(Roles.OFFICER), panel, accounts.open(Roles.SPONSOR),
                partner, accounts.open(Roles.RESIDENT), organisation);
    }

    public LaunchRequest launchRequest(Cast cast, boolean deliberativePanel, ConsultationSettings settings) {
        Map<String, Object> brief = FormFiller.validValues(forms.byId(ConsultationService.BRIEF_FORM),
                Map.of("title", "Parks and play spaces in Riverside", "iap2Level", "involve",
                        "participationWindowDays", 28, "decisionBy", LocalDate.now().plusMonths(6)));
        return new LaunchRequest(brief, "We want to hear how parks and play spaces in Riverside could work better.",
                cast.lead().userId(), cast.deputy().userId(), List.of(),
                cast.panel().stream().map(SignedInUser::userId).toList(), cast.sponsor().userId(),
                List.of(cast.organisation().id()), List.of(cast.coDesigner().userId()), deliberativePanel, settings);
    }

    /** Launches the consultation, and its sponsor confirms the panel at once, as on the sponsor page. */
    public Consultation launch(Cast cast, boolean deliberativePanel) {
        return confirmPanel(cast,
                consultations.launch(cast.lead(), launchRequest(cast, deliberativePanel, ConsultationSettings.defaults())));
    }

    /** The sponsor confirms the panel proposed at launch (the sponsor page's button): voting can open at its gates. */
    public Consultation confirmPanel(Cast cast, Consultation consultation) {
        roster.confirm(cast.sponsor(), consultation.id());
        return consultation;
    }

    public List<WorkItem> open(Consultation consultation) {
        return workflow.openWorkItemsForConsultation(consultation.id());
    }

    public List<WorkItem> open(Consultation consultation, String taskKey) {
        return open(consultation).stream().filter(item -> item.taskKey().equals(taskKey)).toList();
    }

    /** Who would do this work item: its assignee, or the cast member of its candidate group. */
    public SignedInUser actorFor(Cast cast, WorkItem item) {
        if (item.assignee() != null) {
            // jurors are drawn from every resident, not only the cast
            return accountService.signedInUser(item.assignee());
        }
        String role = item.candidateGroup().split(":")[0];
        return switch (role) {
            case Roles.OFFICER -> cast.lead();
            case Roles.PANEL -> cast.panel().get(0);
            case Roles.SPONSOR -> cast.sponsor();
            case Roles.PARTNER -> cast.partner();
            // an organisation's own work (its role): the cast's partner speaks for the cast's organisation
            case "organisation" -> cast.partner();
            default -> throw new IllegalStateException("Nobody in the cast for " + item.candidateGroup());
        };
    }

    /**
     * Completes the item as the cast member who would do it. A stage's own task reopened by the panel's return gets
     * the lead's answer to each unanswered reason first, as the team gives them on the screen before resubmitting
     * ({@link #complete(SignedInUser, WorkItem, Map)} does not, to test the refusal).
     */
    public Completion complete(Cast cast, WorkItem item, Map<String, Object> overrides) {
        answerOpenReturn(cast, item);
        return work.complete(actorFor(cast, item), item.taskId(), values(item, overrides));
    }

    private void answerOpenReturn(Cast cast, WorkItem item) {
        if (item.consultationId() == null) {
            return;
        }
        StageWork.stageOfTask(item.taskKey())
                .flatMap(stage -> signOff.returnToAnswer(item.consultationId(), stage))
                .ifPresent(open -> open.reasons().stream().filter(reason -> !reason.isAnswered())
                        .forEach(reason -> signOff.answerReason(cast.lead(), open.gateId(), reason.id(),
                                "We changed the stage's work as the panel asked.")));
    }

    public Completion complete(SignedInUser who, WorkItem item, Map<String, Object> overrides) {
        return work.complete(who, item.taskId(), values(item, overrides));
    }

    /**
     * Valid values for the item's form. Stage 2 chooses nobody new from the directory by default (the launch
     * invited the cast's organisation) and proposes no name, as a team content with its launch choice would.
     */
    public Map<String, Object> values(WorkItem item, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(FormFiller.validValues(forms.byId(item.formRef())));
        if ("invite-networks".equals(item.formRef())) {
            values.remove("organisationIds");
            values.remove("proposedOrganisations");
        }
        values.putAll(overrides);
        return values;
    }

    /**
     * Completes open work of the consultation until none is left or only the given tasks remain; values come from
     * the decide function (null for plain valid values). Returns the task keys completed, in order.
     */
    public List<String> completeAll(Cast cast, Consultation consultation, Set<String> stopAt,
                                    BiFunction<WorkItem, Integer, Map<String, Object>> decide) {
        List<String> done = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int guard = 0; guard < 300; guard++) {
            List<WorkItem> items = open(consultation).stream().filter(i -> !stopAt.contains(i.taskKey())).toList();
            if (items.isEmpty()) {
                return done;
            }
            WorkItem item = items.get(0);
            int seen = counts.merge(item.taskKey(), 1, Integer::sum);
            Map<String, Object> overrides = decide == null ? null : decide.apply(item, seen);
            complete(cast, item, overrides == null ? Map.of() : overrides);
            done.add(item.taskKey());
        }
        throw new IllegalStateException("The cycle did not settle: " + done);
    }
}
