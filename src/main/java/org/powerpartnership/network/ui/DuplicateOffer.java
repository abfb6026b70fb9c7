package org.powerpartnership.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Said when a name is already in the directory: the entry that has it, to open, and (when editing an entry) the
 * offer to merge this one with it instead of keeping two.
 */
class DuplicateOffer extends Div {

    final Anchor open = new Anchor();
    final Button merge = new Button();
    private final Paragraph text = new Paragraph();
    private Runnable mergeAction = () -> { };

    DuplicateOffer(String idPrefix) {
        setId(idPrefix + "-duplicate");
        addClassName("pp-notice");
        getElement().setAttribute("role", "alert");
        text.setId(idPrefix + "-duplicate-text");
        open.setId(idPrefix + "-duplicate-open");
        merge.setId(idPrefix + "-duplicate-merge");
        merge.addClickListener(click -> mergeAction.run());
        add(text, open, merge);
        hide();
    }

    void offerToOpen(long existingId, String existingName) {
        text.setText(getTranslation("directory.duplicate.offer", existingName));
        open.setHref("organisations/" + existingId);
        open.setText(getTranslation("directory.duplicate.open", existingName));
        merge.setVisible(false);
        setVisible(true);
    }

    /** As {@link #offerToOpen}, with "Merge with …", which runs {@code mergeWith} when pressed. */
    void offerToMerge(long existingId, String existingName, Runnable mergeWith) {
        offerToOpen(existingId, existingName);
        merge.setText(getTranslation("directory.duplicate.merge", existingName));
        mergeAction = mergeWith;
        merge.setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
