package org.powerpartnership.participation.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.participation.AnalysisWork;
import org.powerpartnership.participation.CodedResponse;
import org.powerpartnership.participation.CodedTheme;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.ui.WorkItemPanels;

/**
 * Analysis (stage 4): the team reads what people said, codes each response with the themes it raises, records the
 * council's consideration of every theme, and, when the work item is open, finishes the analysis here so the stage
 * goes to the panel.
 */
@Route("consultation/:consultationId/analysis")
@RolesAllowed(Roles.OFFICER)
class AnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final transient ThemeService themes;
    private final transient ResponseCoding coding;
    private final transient ConsultationService consultations;
    private final transient Memberships memberships;
    private final transient AnalysisWork analysis;
    private final transient WorkService work;
    private final transient FormCatalog forms;
    private final transient Clock clock;
    private final transient CurrentUser currentUser;
    private final transient List<WorkItemPanels> panels;
    final Checkbox uncodedOnly = new Checkbox();
    final TextField newTitle = new TextField();
    final TextArea newSummary = new TextArea();
    AnalysisCompletion completion;
    private long consultationId;
    private int first;
    private String title = "";

    AnalysisView(ThemeService themes, ResponseCoding coding, ConsultationService consultations,
                 Memberships memberships, AnalysisWork analysis, WorkService work, FormCatalog forms, Clock clock,
                 CurrentUser currentUser, List<WorkItemPanels> panels) {
        this.themes = themes;
        this.coding = coding;
        this.consultations = consultations;
        this.memberships = memberships;
        this.analysis = analysis;
        this.work = work;
        this.forms = forms;
        this.clock = clock;
        this.currentUser = currentUser;
        this.panels = panels;
        addClassName("pp-analysis");
        uncodedOnly.setId("responses-uncoded");
        uncodedOnly.setLabel(getTranslation("analysis.responses.uncoded"));
        uncodedOnly.addValueChangeListener(change -> {
            first = 0;
            show(null);
        });
        newTitle.setId("theme-new-title");
        newTitle.setLabel(getTranslation("analysis.create.title"));
        newTitle.setMaxLength(200);
        newSummary.setId("theme-new-summary");
        newSummary.setLabel(getTranslation("analysis.create.summary"));
        newSummary.setMaxLength(4000);
        newSummary.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        first = 0;
        show(null);
    }

    /** Draws the screen again from the records; the status says what just changed. */
    void show(String statusKey) {
        removeAll();
        SignedInUser user = currentUser.require();
        if (consultationId < 0 || !memberships.isOnTeam(consultationId, user.userId())) {
            title = getTranslation("analysis.refused.title");
            Paragraph refused = new Paragraph(getTranslation("analysis.refused"));
            refused.setId("analysis-refused");
            add(new H1(title), refused);
            return;
        }
        Consultation consultation = consultations.get(consultationId);
        title = getTranslation("analysis.title", consultation.title());
        H1 heading = new H1(title);
        heading.setId("analysis-heading");
        add(heading, new Paragraph(getTranslation("analysis.intro")),
                new Anchor("consultation/" + consultationId, getTranslation("analysis.back")));
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId("analysis-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
        }
        Optional<WorkItem> open = analysis.openFor(user, consultationId);
        // After the panel returned the stage: its reasons, each answered here, above the analysis they are about.
        open.ifPresent(item -> panels.forEach(panel -> panel.panelFor(item, user).ifPresent(this::add)));
        List<CodedTheme> coded = coding.evidence(consultationId);
        List<Theme> all = coded.stream().map(CodedTheme::theme).toList();
        add(themesSection(user, coded, all), responsesSection(user, all));
        int responses = coding.count(user, consultationId, false);
        open.ifPresentOrElse(item -> {
            completion = new AnalysisCompletion(forms.byId(AnalysisWork.FORM), item, coded, responses, work, user);
            add(completion);
        }, () -> completion = null);
    }

    private Section themesSection(SignedInUser user, List<CodedTheme> coded, List<Theme> all) {
        Section section = section("analysis-themes", "analysis.themes.heading");
        if (coded.isEmpty()) {
            section.add(new Paragraph(getTranslation("analysis.themes.empty")));
        }
        for (CodedTheme theme : coded) {
            List<Theme> others = all.stream().filter(other -> other.id() != theme.theme().id()).toList();
            section.add(new ThemeCard(theme, others, themes, user, this::show));
        }
        Button create = new Button(getTranslation("analysis.create.submit"), click -> {
            try {
                themes.add(user, consultationId, newTitle.getValue(), newSummary.getValue());
                newTitle.clear();
                newSummary.clear();
                FieldProblems.show(this, List.of(), Map.of("title", newTitle, "summary", newSummary));
                show("analysis.status.created");
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), Map.of("title", newTitle, "summary", newSummary));
            }
        });
        create.setId("theme-create");
        H2 createHeading = new H2(getTranslation("analysis.create.heading"));
        section.add(createHeading, newTitle, newSummary, create);
        return section;
    }

    private Section responsesSection(SignedInUser user, List<Theme> all) {
        Section section = section("analysis-responses", "analysis.responses.heading");
        int total = coding.count(user, consultationId, uncodedOnly.getValue());
        if (first >= total) {
            first = Math.max(0, total - PAGE);
        }
        List<CodedResponse> page = coding.responses(user, consultationId, uncodedOnly.getValue(), first, PAGE);
        Paragraph range = new Paragraph(total == 0 ? getTranslation("analysis.responses.none")
                : getTranslation("analysis.responses.range", first + 1, first + page.size(), total));
        range.setId("responses-range");
        section.add(uncodedOnly, range);
        int number = first;
        for (CodedResponse response : page) {
            section.add(new ResponseCard(response, ++number, all, coding, user, consultationId, clock.getZone(),
                    this::show));
        }
        Button newer = new Button(getTranslation("analysis.responses.newer"), click -> {
            first = Math.max(0, first - PAGE);
            show(null);
        });
        newer.setId("responses-newer");
        newer.setEnabled(first > 0);
        Button older = new Button(getTranslation("analysis.responses.older"), click -> {
            first += PAGE;
            show(null);
        });
        older.setId("responses-older");
        older.setEnabled(first + PAGE < total);
        HorizontalLayout paging = new HorizontalLayout(newer, older);
        paging.setVisible(total > PAGE);
        section.add(paging);
        return section;
    }

    private Section section(String id, String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
