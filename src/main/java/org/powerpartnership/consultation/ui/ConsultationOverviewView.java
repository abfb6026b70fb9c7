package org.powerpartnership.consultation.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationExports;
import org.powerpartnership.consultation.ConsultationRecords;
import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.consultation.ConsultationRecords.Participant;
import org.powerpartnership.consultation.ConsultationRecords.StageLine;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.ParticipationSummaries;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.consultation.StageDecisions;
import org.powerpartnership.consultation.StageRecord;
import org.powerpartnership.consultation.Teams;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.Diagram;
import org.powerpartnership.workflow.ProcessDiagrams;
import org.powerpartnership.workflow.ProcessPosition;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One consultation as its team sees it: the seven stages with the panel's decisions and reasons, the live process
 * diagram (drawn on the server as SVG, with a text alternative), participation so far, open and overdue work, the
 * team and panel, handing over a leaver's place, the export of the record and the audit log. Admins read it too,
 * without the hand-over. It refreshes itself every half minute while open.
 */
@Route("consultation")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ConsultationOverviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int REFRESH_MILLIS = 30_000;

    private final transient ConsultationRecords records;
    private final transient ProcessDiagrams diagrams;
    private final transient Teams teams;
    private final transient WorkService work;
    private final transient ConsultationExports exports;
    private final transient Background background;
    private final SignedInUser user;

    private long consultationId;
    private Overview overview;
    private Registration pollRegistration;
    private String pageTitle;
    private long lastCheck = System.currentTimeMillis();

    final Div status = new Div();
    final Select<Participant> leaver = new Select<>();
    final ComboBox<LaunchConsultationView.Person> newcomer = new ComboBox<>();
    final Button handOver = new Button();
    ExportPanel export;

    ConsultationOverviewView(ConsultationRecords records, ProcessDiagrams diagrams, Teams teams, WorkService work,
                             ConsultationExports exports, Background background, CurrentUser currentUser) {
        this.records = records;
        this.diagrams = diagrams;
        this.teams = teams;
        this.work = work;
        this.exports = exports;
        this.background = background;
        this.user = currentUser.requireAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassNames("pp-officer", "pp-overview");
        status.setId("overview-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pp-status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        consultationId = id;
        try {
            overview = records.overview(user, id);
        } catch (IllegalArgumentException unknown) {
            showNotFound();
            return;
        } catch (AccessDeniedException notOnTeam) {
            showNotFound();
            return;
        }
        render();
    }

    Overview overview() {
        return overview;
    }

    /** Reads everything again and redraws the page. */
    void refresh() {
        overview = records.overview(user, consultationId);
        render();
    }

    private void showNotFound() {
        removeAll();
        pageTitle = getTranslation("overview.notFound");
        H1 heading = new H1(getTranslation("overview.notFound"));
        heading.setId("overview-not-found");
        add(heading, new Paragraph(getTranslation("overview.notFoundHelp")),
                new Anchor("consultations", getTranslation("overview.backToList")));
    }

    private void render() {
        removeAll();
        Consultation c = overview.consultation();
        pageTitle = getTranslation("overview.title", c.title());
        H1 heading = new H1(c.title());
        heading.setId("overview-heading");
        Paragraph facts = new Paragraph();
        facts.setId("overview-facts");
        facts.add(new Span(getTranslation("overview.ref", c.ref())), new Span(" · "),
                badge(Texts.word(this, "consultation.status.", c.status()),
                        Consultation.ACTIVE.equals(c.status()) ? "info" : "success"),
                new Span(" · "), new Span(getTranslation("overview.currentStage", Texts.stage(this, c.currentStage()))));
        Anchor back = new Anchor("consultations", getTranslation("overview.backToList"));
        back.setId("overview-back");
        Button refresh = new Button(getTranslation("overview.refresh"), click -> {
            refresh();
            status.setText(getTranslation("overview.refreshed"));
        });
        refresh.setId("overview-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(back, refresh);
        top.addClassName("pp-actions");
        add(top, heading, facts, new WindowAndSurveyLinks(c), status);
        if (!overview.mayChange()) {
            Paragraph readOnly = new Paragraph(getTranslation(user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)
                    ? "overview.readOnlyAdmin" : "overview.readOnly"));
            readOnly.setId("overview-read-only");
            add(readOnly);
        }
        add(brief(c), stages(), diagram(), work(), participation(), people());
        if (overview.mayChange()) {
            add(handOverSection());
        }
        export = new ExportPanel(exports, background, user, () -> overview.consultation());
        add(export, auditLog());
    }

    private Section section(String id, String headingKey, Object... args) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("pp-overview-section");
        H2 heading = new H2(getTranslation(headingKey, args));
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.add(heading);
        return section;
    }

    private Component brief(Consultation c) {
        Section section = section("overview-brief", "overview.brief");
        DescriptionList list = new DescriptionList();
        list.addClassName("pp-facts");
        fact(list, "overview.brief.issue", c.issue());
        fact(list, "overview.brief.formative", c.formativeStatement());
        fact(list, "overview.brief.influence", c.iap2Level() == null ? ""
                : Texts.orElse(this, "launch.iap2." + c.iap2Level(), c.iap2Level()) + " — " + c.iap2Promise());
        fact(list, "overview.brief.decisionMaker", c.decisionMaker());
        fact(list, "overview.brief.area", c.geographyName() + " ("
                + Texts.orElse(this, "launch.geography." + c.geographyType(), String.valueOf(c.geographyType())) + ")");
        fact(list, "overview.brief.budget", c.budget() == null ? getTranslation("launch.review.noBudget")
                : "£" + c.budget().toPlainString());
        fact(list, "overview.brief.decisionBy", Texts.date(this, c.decisionBy()));
        fact(list, "overview.brief.window", c.windowOpenedAt() == null
                ? getTranslation("overview.window.notOpen", c.participationDays() == null ? 42 : c.participationDays())
                : c.windowClosedAt() == null
                ? getTranslation("overview.window.open", Texts.date(this, c.windowOpenedAt()),
                Texts.date(this, c.windowClosesAt()))
                : getTranslation("overview.window.closed", Texts.date(this, c.windowOpenedAt()),
                Texts.date(this, c.windowClosedAt())));
        if (c.question() != null) {
            fact(list, "overview.brief.question", c.question());
        }
        Details details = new Details(getTranslation("overview.brief.show"), list);
        details.setId("overview-brief-details");
        section.add(new Paragraph(c.summary()), details);
        return section;
    }

    private Component stages() {
        Section section = section("overview-stages", "overview.stages");
        OrderedList timeline = new OrderedList();
        timeline.addClassName("pp-timeline");
        timeline.setId("overview-timeline");
        String currentStage = overview.consultation().currentStage();
        for (StageLine line : overview.stages()) {
            ListItem item = new ListItem();
            item.setId("overview-stage-" + line.stage().name());
            item.addClassName("pp-timeline-stage");
            String state = line.record() == null ? "NOT_STARTED" : line.record().status();
            // Stages 2 and 3 run side by side: every opened stage not yet signed off is current.
            boolean current = line.record() != null && !StageRecord.SIGNED_OFF.equals(state)
                    && Consultation.ACTIVE.equals(overview.consultation().status());
            item.getElement().setAttribute("data-status", state);
            if (current) {
                item.addClassName("pp-stage-current");
            }
            if (line.stage().name().equals(currentStage)) {
                item.getElement().setAttribute("aria-current", "step");
            }
            H3 name = new H3(Texts.stage(this, line.stage())); // the stage names carry their number
            Span badge = badge(Texts.word(this, "stageStatus.", state), switch (state) {
                case StageRecord.SIGNED_OFF -> "success";
                case StageRecord.RETURNED -> "warning";
                case StageRecord.AWAITING_SIGN_OFF, StageRecord.IN_PROGRESS -> "info";
                default -> "neutral";
            });
            badge.setId("overview-stage-" + line.stage().name() + "-status");
            Div head = new Div(name, badge);
            if (current) {
                head.add(badge(getTranslation("overview.stage.now"), "now"));
            }
            head.addClassName("pp-timeline-head");
            item.add(head);
            if (line.record() != null) {
                StageRecord r = line.record();
                StringBuilder dates = new StringBuilder(getTranslation("overview.stage.opened", Texts.date(this, r.openedAt())));
                if (r.submittedAt() != null) {
                    dates.append(" · ").append(getTranslation("overview.stage.submitted", Texts.date(this, r.submittedAt())));
                }
                if (r.signedOffAt() != null) {
                    dates.append(" · ").append(getTranslation("overview.stage.signedOff", Texts.date(this, r.signedOffAt())));
                }
                item.add(new Paragraph(dates.toString()));
            }
            if (!line.decisions().isEmpty()) {
                UnorderedList rounds = new UnorderedList();
                rounds.addClassName("pp-rounds");
                line.decisions().forEach(decision -> rounds.add(round(decision)));
                item.add(rounds);
            }
            timeline.add(item);
        }
        section.add(timeline);
        return section;
    }

    private ListItem round(StageDecisions.Decision decision) {
        long approvals = decision.votes().stream().filter(v -> "approve".equals(v.decision())).count();
        long returns = decision.votes().size() - approvals;
        String outcome = decision.outcome() == null
                ? getTranslation("overview.round.voting", Texts.date(this, decision.deadlineAt()))
                : getTranslation("overview.round.decided", Texts.word(this, "outcome.", decision.outcome()),
                Texts.date(this, decision.closedAt()));
        ListItem item = new ListItem(new Paragraph(getTranslation("overview.round", decision.round(), outcome,
                approvals, returns, decision.quorum(), decision.panelSize())));
        if (decision.teamAnswer() != null && !decision.teamAnswer().isBlank()) {
            item.add(new Paragraph(getTranslation("overview.round.teamAnswer", decision.teamAnswer())));
        }
        if (decision.sponsorDecision() != null) {
            item.add(new Paragraph(getTranslation("overview.round.sponsor",
                    Texts.word(this, "sponsorDecision.", decision.sponsorDecision()),
                    decision.sponsorNote() == null ? "" : decision.sponsorNote())));
        }
        if (!decision.votes().isEmpty()) {
            UnorderedList votes = new UnorderedList();
            votes.addClassName("pp-votes");
            for (StageDecisions.PanelVote vote : decision.votes()) {
                String reasons = vote.reasons() == null || vote.reasons().isBlank()
                        ? getTranslation("overview.vote.noReasons") : vote.reasons();
                votes.add(new ListItem(getTranslation("overview.vote", overview.nameOf(vote.voterId()),
                        Texts.word(this, "vote.", vote.decision()), reasons)));
            }
            item.add(votes);
        }
        return item;
    }

    private Component diagram() {
        Section section = section("overview-diagram", "overview.diagram");
        Consultation c = overview.consultation();
        if (c.processInstanceId() == null) {
            section.add(new Paragraph(getTranslation("overview.diagram.none")));
            return section;
        }
        ProcessPosition position = diagrams.position(c.processInstanceId());
        List<ProcessDiagrams.Plane> planes = diagrams.planes(c.processInstanceId());
        ProcessDiagrams.Plane main = planes.stream().filter(ProcessDiagrams.Plane::main).findFirst().orElseThrow();
        Diagram cycle = diagrams.render(c.processInstanceId(), main.elementId(), position,
                getTranslation("overview.diagram.mainTitle", c.title()), "diagram-main");
        section.add(new Paragraph(getTranslation("overview.diagram.legend")));
        section.add(textAlternative(cycle, "overview-diagram-now"));
        section.add(picture(cycle, "overview-diagram-main", getTranslation("overview.diagram.mainRegion")));
        int n = 0;
        for (Diagram.Step step : cycle.active()) {
            if (!step.hasOwnPlane()) {
                continue;
            }
            n++;
            Diagram inside = diagrams.render(c.processInstanceId(), step.elementId(), position,
                    getTranslation("overview.diagram.stageTitle", step.name()), "diagram-stage-" + n);
            H3 heading = new H3(getTranslation("overview.diagram.inside", step.name()));
            section.add(heading, textAlternative(inside, "overview-diagram-stage-" + n + "-now"),
                    picture(inside, "overview-diagram-stage-" + n,
                            getTranslation("overview.diagram.stageRegion", step.name())));
        }
        return section;
    }

    private Component picture(Diagram diagram, String id, String regionLabel) {
        Svg svg = new Svg(diagram.svg());
        svg.addClassName("pp-diagram-svg");
        Div scroller = new Div(svg);
        scroller.setId(id);
        scroller.addClassName("pp-diagram");
        scroller.getElement().setAttribute("data-plane", diagram.planeElementId());
        // The picture is wider than the page: the region scrolls and takes the keyboard focus to do so.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", regionLabel);
        Details text = new Details(getTranslation("overview.diagram.asText"), steps(diagram));
        text.setId(id + "-text");
        Div wrapper = new Div(scroller, text);
        wrapper.addClassName("pp-diagram-wrapper");
        return wrapper;
    }

    private Paragraph textAlternative(Diagram diagram, String id) {
        List<String> now = diagram.active().stream().map(Diagram.Step::name).toList();
        Paragraph p = new Paragraph(now.isEmpty() ? getTranslation("overview.diagram.nothingNow")
                : getTranslation("overview.diagram.now", String.join("; ", now)));
        p.setId(id);
        p.addClassName("pp-diagram-now");
        return p;
    }

    private OrderedList steps(Diagram diagram) {
        OrderedList list = new OrderedList();
        list.addClassName("pp-diagram-steps");
        for (Diagram.Step step : diagram.steps()) {
            list.add(new ListItem(getTranslation("overview.diagram.step", step.name(),
                    getTranslation("overview.diagram.state." + step.state().name()))));
        }
        return list;
    }

    private Component work() {
        List<WorkItem> open = overview.openWork().stream()
                .sorted(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Section section = section("overview-work", "overview.work", open.size(), overview.overdueWork().size());
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.work.none")));
            return section;
        }
        Set<String> groups = work.groupsOf(user);
        Instant now = overview.now();
        UnorderedList list = new UnorderedList();
        list.addClassName("pp-plain-list");
        for (WorkItem item : open) {
            ListItem line = new ListItem();
            line.setId("overview-work-" + item.taskId());
            line.addClassName("pp-work-line");
            boolean mine = user.userId().equals(item.assignee())
                    || item.assignee() == null && item.candidateGroup() != null && groups.contains(item.candidateGroup());
            if (mine && user.hasRole(Roles.OFFICER)) {
                Anchor link = new Anchor("work/" + item.taskId(), item.name());
                link.setId("overview-open-" + item.taskId());
                line.add(link);
            } else {
                line.add(new Span(item.name()));
            }
            String who = item.assignee() != null ? getTranslation("overview.work.claimedBy", overview.nameOf(item.assignee()))
                    : getTranslation("overview.work.group." + groupRole(item.candidateGroup()));
            line.add(new Span(" — " + Texts.stage(this, item.stage()) + " · " + who + " · "
                    + (item.dueAt() == null ? getTranslation("myWork.noDueDate")
                    : getTranslation("overview.work.due", Texts.date(this, item.dueAt())))));
            if (item.isOverdue(now)) {
                line.add(new Span(" "), badge(getTranslation("myWork.overdueBadge"), "warning"));
            }
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private static String groupRole(String group) {
        if (group == null) {
            return "none";
        }
        String role = group.contains(":") ? group.substring(0, group.indexOf(':')) : group;
        return Roles.isRole(role) ? role : "none";
    }

    private Component participation() {
        Section section = section("overview-participation", "overview.participation");
        ParticipationSummaries.Summary figures = overview.participation().orElse(null);
        if (figures == null) {
            section.add(new Paragraph(getTranslation("overview.participation.none")));
            return section;
        }
        DescriptionList list = new DescriptionList();
        list.setId("overview-figures");
        list.addClassName("pp-facts");
        fact(list, "overview.participation.responses", String.valueOf(figures.responses()));
        fact(list, "overview.participation.assisted", String.valueOf(figures.assisted()));
        figures.byAgeBand().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(band -> list.add(new DescriptionList.Term(getTranslation("overview.participation.band",
                                Texts.orElse(this, "ageBand." + band.getKey(), band.getKey()))),
                        new DescriptionList.Description(String.valueOf(band.getValue()))));
        section.add(list);
        if (!figures.underRepresented().isEmpty() && overview.consultation().windowOpenedAt() != null) {
            Paragraph gaps = new Paragraph(getTranslation("overview.participation.gaps", String.join(", ",
                    figures.underRepresented().stream().map(b -> Texts.orElse(this, "ageBand." + b, b)).toList())));
            gaps.setId("overview-gaps");
            section.add(gaps);
        }
        return section;
    }

    private Component people() {
        Section section = section("overview-people", "overview.people");
        section.add(new H3(getTranslation("overview.people.team")), people(overview.team(), "overview-team"));
        section.add(new H3(getTranslation("overview.people.panel")), people(overview.panel(), "overview-panel"));
        List<Participant> sponsors = overview.people().stream().filter(p -> p.role() == MemberRole.SPONSOR).toList();
        if (!sponsors.isEmpty()) {
            section.add(new H3(getTranslation("overview.people.sponsor")), people(sponsors, "overview-sponsor"));
        }
        section.add(new H3(getTranslation("overview.people.partners")));
        if (overview.partners().isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.people.noPartners")));
        } else {
            UnorderedList partners = new UnorderedList();
            partners.setId("overview-partners");
            for (PartnerOrganisations.Partner partner : overview.partners()) {
                partners.add(new ListItem(partner.role() == null
                        ? getTranslation("overview.partner.invited", partner.name(), Texts.date(this, partner.invitedAt()))
                        : getTranslation("overview.partner.accepted", partner.name(),
                        Texts.word(this, "partnerRole.", partner.role()))));
            }
            section.add(partners);
        }
        long coDesigners = overview.people().stream().filter(p -> p.role() == MemberRole.CODESIGNER).count();
        if (coDesigners > 0) {
            section.add(new Paragraph(getTranslation("overview.people.coDesigners", coDesigners)));
        }
        return section;
    }

    private UnorderedList people(List<Participant> people, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        people.forEach(p -> list.add(new ListItem(getTranslation("overview.person", p.name(),
                getTranslation("memberRole." + p.role().name())))));
        return list;
    }

    private Component handOverSection() {
        Section section = section("overview-reassign", "overview.reassign");
        section.add(new Paragraph(getTranslation("overview.reassign.intro")));
        leaver.setLabel(getTranslation("overview.reassign.leaver"));
        leaver.setId("reassign-leaver");
        leaver.setItems(overview.team());
        leaver.setItemLabelGenerator(p -> p == null ? "" : getTranslation("overview.person", p.name(),
                getTranslation("memberRole." + p.role().name())));
        leaver.setValue(null);
        newcomer.setLabel(getTranslation("overview.reassign.newcomer"));
        newcomer.setId("reassign-newcomer");
        newcomer.setHelperText(getTranslation("overview.reassign.newcomerHelp"));
        newcomer.setItems(teams.candidates(consultationId).stream()
                .map(o -> new LaunchConsultationView.Person(o.userId(), o.displayName(), o.email())).toList());
        newcomer.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        newcomer.setClearButtonVisible(true);
        newcomer.setValue(null);
        leaver.setManualValidation(true);
        newcomer.setManualValidation(true);
        handOver.setText(getTranslation("overview.reassign.submit"));
        handOver.setId("reassign-submit");
        handOver.addClickListener(click -> handOver());
        Div fields = new Div(leaver, newcomer);
        fields.addClassName("pp-filters");
        section.add(fields, handOver);
        return section;
    }

    void handOver() {
        Participant leaving = leaver.getValue();
        LaunchConsultationView.Person coming = newcomer.getValue();
        try {
            Teams.Reassignment done = teams.reassign(user, consultationId, leaving == null ? null : leaving.userId(),
                    coming == null ? null : coming.userId());
            refresh();
            status.setText(getTranslation("overview.reassign.done", coming.name(),
                    getTranslation("memberRole." + done.role().name()), leaving.name(), done.movedTasks().size()));
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(),
                    Map.of("leaver", leaver, "newcomer", newcomer));
            unplaced.forEach(p -> status.setText(FieldProblems.message(this, p)));
        } catch (AccessDeniedException refused) {
            status.setText(getTranslation("overview.reassign.refused"));
        }
    }

    private Component auditLog() {
        Section section = section("overview-audit", "overview.audit", overview.audit().size());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("overview-audit-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("overview.audit.label"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Texts.dateTime(this, e.occurredAt())).setHeader(getTranslation("overview.audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditLogText.actor(this, e, overview)).setHeader(getTranslation("overview.audit.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditLogText.action(this, e)).setHeader(getTranslation("overview.audit.what"))
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("overview.audit.subject")).setAutoWidth(true);
        grid.setItems(overview.audit().stream().sorted(Comparator.comparing(AuditEntry::occurredAt)
                .thenComparing(AuditEntry::id).reversed()).toList());
        grid.setHeight("24rem");
        section.add(new Paragraph(getTranslation("overview.audit.intro")), grid);
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null ? "" : value));
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("pp-badge", "pp-badge-" + variant);
        return badge;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Arriving from a long form, start at the top of the page.
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
        attachEvent.getUI().setPollInterval(REFRESH_MILLIS);
        pollRegistration = attachEvent.getUI().addPollListener(poll -> checkForChanges());
    }

    /**
     * Every half minute: if the consultation moved on, say so (the page is not redrawn under the reader's hands; the
     * refresh button redraws it).
     */
    void checkForChanges() {
        long now = System.currentTimeMillis();
        if (overview == null || now - lastCheck < REFRESH_MILLIS - 1_000) {
            return;
        }
        lastCheck = now;
        Overview fresh = records.overview(user, consultationId);
        if (fresh.audit().size() != overview.audit().size()) {
            status.setText(getTranslation("overview.changed"));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("overview.notFound") : pageTitle;
    }
}
