package org.powerpartnership.workflow.ui;

import org.powerpartnership.shared.CouncilTime;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.Completion;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkItemPrefill;
import org.powerpartnership.workflow.WorkService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Any work item, for whoever may do it: what it is, what to read first, its Camunda Form, and one submit that the
 * server checks. Someone else's item, or one already done, gets a plain message and nothing else.
 */
@Route("work/:taskId")
@PermitAll
public class WorkItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient WorkService work;
    private final transient CurrentUser currentUser;
    private final transient List<WorkItemBriefing> briefings;
    private final transient List<WorkItemPrefill> prefills;
    private final transient List<WorkItemPanels> panels;

    private String title = "";
    private WorkItem item;
    private CamundaFormRenderer form;
    private Button submit;
    private final Paragraph problem = new Paragraph();

    public WorkItemView(WorkService work, CurrentUser currentUser, List<WorkItemBriefing> briefings,
                        List<WorkItemPrefill> prefills, List<WorkItemPanels> panels) {
        this.work = work;
        this.currentUser = currentUser;
        this.briefings = briefings;
        this.prefills = prefills;
        this.panels = panels;
        addClassName("pp-work-item");
        problem.setId("work-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        SignedInUser user = currentUser.require();
        try {
            item = work.open(user, taskId);
            FormSchema schema = work.formOf(user, taskId);
            show(user, schema);
        } catch (WorkItemGoneException gone) {
            message("work.gone");
        } catch (AccessDeniedException notYours) {
            message("work.notYours");
        }
    }

    private void show(SignedInUser user, FormSchema schema) {
        title = item.name();
        H1 heading = new H1(item.name());
        heading.setId("work-title");
        add(heading, facts());
        panels.forEach(panel -> panel.panelFor(item, user).ifPresent(this::add));
        for (WorkItemBriefing briefing : briefings) {
            for (WorkItemBriefing.Note note : briefing.notesFor(item)) {
                Section section = new Section(new H2(getTranslation(note.headingKey(), readable(note.headingArgs()))));
                section.addClassName("pp-briefing");
                note.lines().forEach(line -> section.add(new Paragraph(line)));
                if (note.linkPath() != null) {
                    section.add(new Paragraph(new Anchor(note.linkPath(), getTranslation(note.linkKey()))));
                }
                add(section);
            }
        }
        form = new CamundaFormRenderer(schema);
        form.setId("work-form");
        // A task the panel's return reopened opens with what was submitted last time, to change rather than retype.
        prefills.forEach(prefill -> form.setValues(prefill.valuesFor(item)));
        submit = new Button(getTranslation("work.submit"), click -> submit());
        submit.setId("work-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(submit);
        actions.addClassName("pp-actions");
        if (item.assignee() == null) {
            Button claim = new Button(getTranslation("work.claim"), click -> claim(true));
            claim.setId("work-claim");
            actions.add(claim);
        } else if (item.assignee().equals(user.userId()) && item.candidateGroup() != null
                && !isPersonal(item)) {
            Button unclaim = new Button(getTranslation("work.unclaim"), click -> claim(false));
            unclaim.setId("work-unclaim");
            actions.add(unclaim);
        }
        add(problem, form, actions);
    }

    /** Votes, co-design and juror tasks are given to one person by the process: they cannot be given back. */
    private static boolean isPersonal(WorkItem item) {
        return item.taskKey().startsWith("Task_VoteOn") || item.taskKey().startsWith("Task_CoDesign")
                || item.taskKey().equals("Task_ReflectOnEvidence") || item.taskKey().equals("Task_ConfirmSessionPlace");
    }

    private Div facts() {
        Div facts = new Div();
        facts.addClassName("pp-facts");
        facts.setId("work-facts");
        // work about another record (an organisation's application) has no consultation to name
        if (item.businessKey() != null && item.consultationId() != null) {
            facts.add(new Paragraph(getTranslation("work.consultation", item.businessKey())));
        }
        if (item.stage() != null) {
            facts.add(new Paragraph(getTranslation("work.stage", getTranslation("stage." + item.stage()))));
        }
        if (item.dueAt() != null) {
            facts.add(new Paragraph(getTranslation("work.due", CouncilTime.date(item.dueAt(), getLocale()))));
        }
        return facts;
    }

    private void submit() {
        problem.setVisible(false);
        try {
            Completion completion = work.complete(currentUser.require(), item.taskId(), form.getValues());
            done(completion);
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = form.showProblems(invalid.problems());
            if (!unplaced.isEmpty()) {
                problem.setText(unplaced.stream().map(p -> FieldProblems.message(this, p))
                        .reduce((a, b) -> a + " " + b).orElse(""));
                problem.setVisible(true);
            }
            submit.setEnabled(true);
        } catch (WorkItemGoneException gone) {
            removeAll();
            message("work.gone");
        }
    }

    private void claim(boolean take) {
        try {
            if (take) {
                work.claim(currentUser.require(), item.taskId());
            } else {
                work.unclaim(currentUser.require(), item.taskId());
            }
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (WorkItemGoneException gone) {
            removeAll();
            message("work.gone");
        } catch (AccessDeniedException taken) {
            problem.setText(getTranslation("work.claimedByOther"));
            problem.setVisible(true);
        } catch (InvalidInputException paused) {
            // the engine refuses to claim work of a paused consultation
            problem.setText(FieldProblems.message(this, paused.problems().get(0)));
            problem.setVisible(true);
        }
    }

    private void done(Completion completion) {
        removeAll();
        H1 heading = new H1(getTranslation("work.done.heading"));
        heading.setId("work-done");
        add(heading, new Paragraph(getTranslation("work.done.text", completion.completed().name())));
        Section next = new Section(new H2(getTranslation("work.next.heading")));
        next.setId("work-next");
        if (completion.nextForYou().isEmpty() && completion.nextForOthers() == 0) {
            next.add(new Paragraph(getTranslation("work.next.nothing")));
        }
        if (!completion.nextForYou().isEmpty()) {
            next.add(new Paragraph(getTranslation("work.next.forYou")));
            UnorderedList list = new UnorderedList();
            completion.nextForYou().forEach(workItem -> list.add(new ListItem(
                    new RouterLink(workItem.name(), WorkItemView.class,
                            new com.vaadin.flow.router.RouteParameters("taskId", workItem.taskId())))));
            next.add(list);
        }
        if (completion.nextForOthers() > 0) {
            next.add(new Paragraph(getTranslation("work.next.forOthers", completion.nextForOthers())));
        }
        add(next);
    }

    private void message(String key) {
        title = getTranslation(key + ".title");
        H1 heading = new H1(getTranslation(key + ".title"));
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("work-message");
        add(heading, text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** A briefing's days and moments in the council's words ("1 January 2027"), not Java's ("2027-01-01"). */
    private Object[] readable(java.util.List<Object> args) {
        return args.stream().map(arg -> arg instanceof java.time.LocalDate day ? CouncilTime.date(day, getLocale())
                : arg instanceof java.time.Instant instant ? CouncilTime.dateTime(instant, getLocale()) : arg).toArray();
    }
}
