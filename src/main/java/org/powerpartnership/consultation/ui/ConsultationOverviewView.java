package org.powerpartnership.consultation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationExports;
import org.powerpartnership.consultation.ConsultationRecords;
import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.consultation.ConsultationRecords.Participant;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.consultation.Teams;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.ProcessDiagrams;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * One consultation as its team sees it: the seven stages with the panel's decisions and reasons, the live process
 * diagram (drawn on the server as SVG, with a text alternative), participation so far, open and overdue work, the
 * team and panel, handing over a leaver's place, the export of the record and the audit log. Admins read it too,
 * without the hand-over. It refreshes itself every half minute while open. Each section is its own
 * {@link OverviewSection}, drawn from the {@link Overview}; the view keeps the route, the refresh and the polling.
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
    private final transient WindowExtensions windowExtensions;
    private final transient PartnerOrganisations partners;
    private final transient ConsultationPauses pauses;
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
                             ConsultationExports exports, Background background, CurrentUser currentUser,
                             WindowExtensions windowExtensions, ObjectProvider<PartnerOrganisations> partners,
                             ConsultationPauses pauses) {
        this.windowExtensions = windowExtensions;
        this.pauses = pauses;
        this.partners = partners.getIfAvailable(() -> PartnerOrganisations.NONE);
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
        add(top, heading, facts, new WindowAndSurveyLinks(c,
                new WindowExtensionPanel(windowExtensions, user, c, this::windowExtended)), status,
                new OverviewPauseSection(pauses, user, c, this::refresh));
        if (!overview.mayChange()) {
            Paragraph readOnly = new Paragraph(getTranslation(user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)
                    ? "overview.readOnlyAdmin" : pausedOrWithdrawn(c) ? "overview.readOnly." + c.status()
                    : "overview.readOnly"));
            readOnly.setId("overview-read-only");
            add(readOnly);
        }
        add(new OverviewBriefSection(c), new OverviewStagesSection(overview), new OverviewDiagramSection(c, diagrams),
                new OverviewWorkSection(overview, work, user), new OverviewParticipationSection(overview),
                new OverviewPeopleSection(overview), new OverviewPartnerReachSection(partners.groupCoverage(consultationId)));
        if (overview.mayChange()) {
            add(new OverviewHandOverSection(leaver, newcomer, handOver, overview.team(),
                    teams.candidates(consultationId).stream()
                            .map(o -> new LaunchConsultationView.Person(o.userId(), o.displayName(), o.email())).toList(),
                    this::handOver));
        }
        export = new ExportPanel(exports, background, user, () -> overview.consultation());
        add(export, new OverviewAuditSection(overview));
    }

    private static boolean pausedOrWithdrawn(Consultation c) {
        return Consultation.PAUSED.equals(c.status()) || Consultation.WITHDRAWN.equals(c.status());
    }

    /** Saved: the new closing date shows everywhere on the page, and the status line says so. */
    private void windowExtended() {
        refresh();
        status.setText(getTranslation("window.extend.done",
                Texts.date(this, overview.consultation().windowClosesAt())));
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
