package org.powerpartnership.operations.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.workflow.FailedSteps;
import org.powerpartnership.workflow.FailedSteps.FailedStep;
import org.powerpartnership.workflow.FailedSteps.RetryOutcome;

/**
 * Process steps that failed every attempt (incidents), newest first, each with "Retry". What a person submitted before
 * such a step is already stored; the section says so, so an administrator knows a retry loses nothing.
 */
class FailedStepsSection extends Div {

    /** More than this many at once is a systemic fault: Cockpit is the tool for it, and the section says so. */
    private static final int SHOWN = 50;

    private final transient FailedSteps failedSteps;
    final UnorderedList list = new UnorderedList();
    final Paragraph status = new Paragraph();

    FailedStepsSection(FailedSteps failedSteps) {
        this.failedSteps = failedSteps;
        setId("failed-steps");
        list.setId("failed-steps-list");
        status.setId("failed-steps-status");
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("operations.failedSteps")),
                new Paragraph(getTranslation("operations.failedSteps.intro")), status, list);
        List<FailedStep> failed = failedSteps.list(SHOWN);
        status.setText(failed.isEmpty() ? getTranslation("operations.failedSteps.none")
                : getTranslation(failed.size() < SHOWN ? "operations.failedSteps.count" : "operations.failedSteps.many",
                failed.size()));
        failed.forEach(step -> list.add(item(step)));
    }

    private ListItem item(FailedStep step) {
        ListItem item = new ListItem();
        item.addClassName("pp-failed-step");
        DescriptionList details = new DescriptionList();
        detail(details, "operations.failedSteps.process", step.process());
        detail(details, "operations.failedSteps.consultation", step.businessKey() == null ? "" : step.businessKey());
        detail(details, "operations.failedSteps.since", CouncilDates.dateTime(this, step.since()));
        detail(details, "operations.failedSteps.error", step.message() == null ? "" : step.message());
        Button retry = new Button(getTranslation("operations.failedSteps.retry"));
        retry.addClassName("pp-retry-step");
        retry.getElement().setAttribute("aria-label", getTranslation("operations.failedSteps.retryStep", step.step(),
                step.process()));
        retry.setDisableOnClick(true);
        retry.addClickListener(click -> {
            RetryOutcome outcome = failedSteps.retry(step.id());
            status.setText(getTranslation("operations.failedSteps." + outcome.name(), step.step()));
            if (outcome != RetryOutcome.FAILED_AGAIN) {
                list.remove(item);
            } else {
                retry.setEnabled(true);
            }
        });
        item.add(new H3(step.step()), details, retry);
        return item;
    }

    private static void detail(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
    }
}
