package org.powerpartnership.accountability.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CouncilResponsePlan;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.ResponseDraft;
import org.powerpartnership.accountability.ResponseWork;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.ui.WorkItemPanels;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stage 7: the council's response, drafted from the analysis. Each theme with its count, quotes and consideration,
 * and the council's decision with its reason; "you asked, you said, we did" drafted from the question, the themes,
 * the decisions and the commitments, which the team edits; the commitments; "Save draft"; and, when the stage's work
 * item is open, "Send to the panel". Public only once the panel signs off the stage.
 */
@Route("consultation/:consultationId/response")
@RolesAllowed(Roles.OFFICER)
class CouncilResponseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CouncilResponseService responses;
    private final transient CommitmentPlanning planning;
    private final transient ResponseWork responseWork;
    private final transient WorkService work;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final transient List<WorkItemPanels> panels;
    final TextArea youAsked = area("response-you-asked", "response.youAsked", 4000);
    final TextArea youSaid = area("response-you-said", "response.youSaid", 6000);
    final TextArea weDid = area("response-we-did", "response.weDid", 6000);
    final TextArea stageSummary = area("response-stage-summary", "response.stageSummary", 4000);
    final List<ThemeDecisionCard> cards = new ArrayList<>();
    CommitmentEditor commitments;
    private final Paragraph problem = new Paragraph();
    private long consultationId;
    private String title = "";

    CouncilResponseView(CouncilResponseService responses, CommitmentPlanning planning, ResponseWork responseWork,
                        WorkService work, CurrentUser currentUser, Clock clock, List<WorkItemPanels> panels) {
        this.responses = responses;
        this.planning = planning;
        this.responseWork = responseWork;
        this.work = work;
        this.currentUser = currentUser;
        this.clock = clock;
        this.panels = panels;
        addClassName("pp-response");
        problem.setId("response-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        show(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Draws the screen from the records; the status says what just happened. */
    void show(String statusKey) {
        removeAll();
        cards.clear();
        problem.setVisible(false);
        SignedInUser user = currentUser.require();
        CouncilResponsePlan plan;
        try {
            plan = responses.plan(user, consultationId);
        } catch (AccessDeniedException | IllegalArgumentException notYours) {
            title = getTranslation("response.refused.title");
            Paragraph refused = new Paragraph(getTranslation("response.refused"));
            refused.setId("response-refused");
            add(new H1(title), refused);
            return;
        }
        title = getTranslation("response.title", plan.consultation().title());
        H1 heading = new H1(title);
        heading.setId("response-heading");
        add(heading, new Paragraph(getTranslation("response.intro")),
                new Anchor("consultation/" + consultationId, getTranslation("response.back")), state(plan));
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId("response-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
        }
        add(problem);
        boolean editable = plan.editable();
        // after a return, the panel's reasons (each answered here) come before the response they are about
        if (editable) {
            responseWork.openFor(user, consultationId).ifPresent(item ->
                    panels.forEach(panel -> panel.panelFor(item, user).ifPresent(this::add)));
        }
        Section themes = Texts.section(this, "response-themes", "response.themes.heading");
        if (plan.themes().isEmpty()) {
            themes.add(new Paragraph(getTranslation("response.themes.none")));
        }
        for (CouncilResponsePlan.ThemeToDecide theme : plan.themes()) {
            ThemeDecisionCard card = new ThemeDecisionCard(theme, editable);
            cards.add(card);
            themes.add(card);
        }
        commitments = new CommitmentEditor(planning, user, consultationId, plan.commitments(),
                responses.themeTitles(consultationId), editable, clock);
        add(themes, commitments, wording(plan, editable));
        if (editable) {
            add(actions(user));
        }
    }

    private Paragraph state(CouncilResponsePlan plan) {
        Paragraph state = new Paragraph(switch (plan.state()) {
            case PUBLISHED -> getTranslation("response.state.published", Texts.date(this, plan.published().publishedAt()));
            case WITH_THE_PANEL -> getTranslation("response.state.withPanel",
                    Texts.dateTime(this, plan.draft().submittedAt()));
            case DRAFT -> getTranslation(plan.draft() == null ? "response.state.new" : "response.state.draft",
                    plan.draft() == null ? "" : Texts.dateTime(this, plan.draft().savedAt()));
        });
        state.setId("response-state");
        state.getElement().setAttribute("role", "status");
        return state;
    }

    private Section wording(CouncilResponsePlan plan, boolean editable) {
        Section section = Texts.section(this, "response-wording", "response.wording.heading");
        // what the team saved; a part left empty is drafted again from the records
        ResponseDraft saved = plan.draft();
        String asked = orElse(saved == null ? null : saved.youAsked(), () -> ResponseWording.youAsked(this, plan));
        String said = orElse(saved == null ? null : saved.youSaid(), () -> ResponseWording.youSaid(this, plan));
        String did = orElse(saved == null ? null : saved.weDid(),
                () -> ResponseWording.weDid(this, decisionsOnScreen(), plan.commitments()));
        if (!editable) {
            section.add(readOnly("response-you-asked", "response.youAsked", asked),
                    readOnly("response-you-said", "response.youSaid", said),
                    readOnly("response-we-did", "response.weDid", did));
            return section;
        }
        youAsked.setValue(asked == null ? "" : asked);
        youSaid.setValue(said == null ? "" : said);
        weDid.setValue(did == null ? "" : did);
        Button redraft = new Button(getTranslation("response.redraft"), click -> weDid.setValue(
                ResponseWording.weDid(this, decisionsOnScreen(), commitments.commitments())));
        redraft.setId("response-redraft");
        section.add(new Paragraph(getTranslation("response.wording.intro")), youAsked, youSaid, weDid, redraft);
        return section;
    }

    private Div actions(SignedInUser user) {
        Button save = new Button(getTranslation("response.save"), click -> save(user));
        save.setId("response-save");
        Div actions = new Div();
        actions.setId("response-actions");
        WorkItem item = responseWork.openFor(user, consultationId).orElse(null);
        if (item == null) {
            actions.add(new Paragraph(getTranslation("response.send.notYet")), save);
            return actions;
        }
        stageSummary.setValue(getTranslation("response.stageSummary.draft", cards.size(),
                commitments.commitments().size()));
        Button send = new Button(getTranslation("response.send"), click -> send(user, item));
        send.setId("response-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(new Paragraph(getTranslation("response.send.intro")), stageSummary, new HorizontalLayout(save,
                send));
        return actions;
    }

    private void save(SignedInUser user) {
        if (saveDraft(user)) {
            problems(List.of());
            Paragraph saved = new Paragraph(getTranslation("response.saved"));
            saved.setId("response-status");
            saved.getElement().setAttribute("role", "status");
            getChildren().filter(c -> "response-status".equals(c.getId().orElse(null))).toList().forEach(this::remove);
            addComponentAtIndex(indexOf(problem), saved);
        }
    }

    private boolean saveDraft(SignedInUser user) {
        try {
            responses.saveDraft(user, consultationId, wordingOnScreen(),
                    cards.stream().map(ThemeDecisionCard::input).toList());
            return true;
        } catch (InvalidInputException invalid) {
            problems(invalid.problems());
            return false;
        }
    }

    private void send(SignedInUser user, WorkItem item) {
        if (!saveDraft(user)) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("youAsked", youAsked.getValue());
        values.put("youSaid", youSaid.getValue());
        values.put("weDid", weDid.getValue());
        values.put("stageSummary", stageSummary.getValue());
        try {
            work.complete(user, item.taskId(), values);
            show("response.sent");
        } catch (InvalidInputException invalid) {
            problems(invalid.problems());
        } catch (WorkItemGoneException gone) {
            show("response.sent.gone");
        }
    }

    /** Each problem beside its field; those about the whole response (commitments, decisions) above the screen. */
    private void problems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("youAsked", youAsked);
        fields.put("youSaid", youSaid);
        fields.put("weDid", weDid);
        fields.put("stageSummary", stageSummary);
        for (ThemeDecisionCard card : cards) {
            fields.put("decision-" + card.themeId, card.decision);
            fields.put("reason-" + card.themeId, card.reason);
        }
        List<FieldProblem> unplaced = FieldProblems.show(this, problems, fields);
        List<String> messages = new ArrayList<>(unplaced.stream().map(p -> FieldProblems.message(this, p)).toList());
        if (unplaced.size() < problems.size()) {
            messages.add(0, getTranslation("response.problems.fields"));
        }
        problem.setText(String.join(" ", messages));
        problem.setVisible(!messages.isEmpty());
    }

    private CouncilResponseService.Wording wordingOnScreen() {
        return new CouncilResponseService.Wording(youAsked.getValue(), youSaid.getValue(), weDid.getValue());
    }

    private List<String[]> decisionsOnScreen() {
        return cards.stream().filter(card -> card.decision.getValue() != null)
                .map(card -> new String[] {card.title, card.label(card.decision.getValue()), card.reason.getValue()})
                .toList();
    }

    private static String orElse(String saved, java.util.function.Supplier<String> drafted) {
        return saved == null || saved.isBlank() ? drafted.get() : saved;
    }

    private Component readOnly(String id, String labelKey, String text) {
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.setId(id);
        body.addClassName("pp-prose");
        body.getStyle().set("white-space", "pre-line");
        return new Div(new com.vaadin.flow.component.html.H3(getTranslation(labelKey)), body);
    }

    private TextArea area(String id, String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(max);
        area.setWidthFull();
        return area;
    }
}
