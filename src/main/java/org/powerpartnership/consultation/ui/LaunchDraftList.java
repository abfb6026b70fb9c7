package org.powerpartnership.consultation.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.shared.SignedInUser;

/** The officer's other saved launch drafts, each to resume or discard; hidden when there are none. */
class LaunchDraftList extends Section {

    private final transient LaunchDrafts drafts;
    private final SignedInUser user;
    private final transient Supplier<Long> editing;
    private final LongConsumer resume;

    LaunchDraftList(LaunchDrafts drafts, SignedInUser user, Supplier<Long> editing, LongConsumer resume) {
        this.drafts = drafts;
        this.user = user;
        this.editing = editing;
        this.resume = resume;
        setId("launch-drafts");
    }

    /** Lists the drafts, leaving out the one being edited. */
    void show() {
        removeAll();
        List<LaunchDrafts.Draft> mine = drafts.mine(user).stream()
                .filter(d -> !Objects.equals(d.id(), editing.get())).toList();
        setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("launch.drafts"));
        heading.setId("launch-drafts-heading");
        getElement().setAttribute("aria-labelledby", "launch-drafts-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("pp-plain-list");
        for (LaunchDrafts.Draft draft : mine) {
            String name = draft.title() == null || draft.title().isBlank() || "null".equals(draft.title())
                    ? getTranslation("launch.untitled") : draft.title();
            Span what = new Span(getTranslation("launch.draftLine", name, Texts.dateTime(this, draft.savedAt())));
            Button resumeButton = new Button(getTranslation("launch.resume"), click -> resume.accept(draft.id()));
            resumeButton.setId("launch-resume-" + draft.id());
            resumeButton.setAriaLabel(getTranslation("launch.resumeNamed", name));
            Button discard = new Button(getTranslation("launch.discard"), click -> {
                drafts.delete(user, draft.id());
                show();
            });
            discard.setId("launch-discard-" + draft.id());
            discard.setAriaLabel(getTranslation("launch.discardNamed", name));
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div line = new Div(what, resumeButton, discard);
            line.addClassName("pp-draft-line");
            list.add(new ListItem(line));
        }
        add(heading, list);
    }
}
