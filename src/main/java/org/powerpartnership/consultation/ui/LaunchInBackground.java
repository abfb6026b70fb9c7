package org.powerpartnership.consultation.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.ui.LaunchConsultationView.Step;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;

/** The launch itself, run off the request thread while the view's progress bar shows, then the overview opened. */
class LaunchInBackground {

    private final LaunchConsultationView view;
    private final transient LaunchDrafts drafts;
    private final transient Background background;
    private final SignedInUser user;
    private final LaunchProblems problems;
    private final Runnable markSaved;
    private boolean launching;
    private Long launchedId;

    LaunchInBackground(LaunchConsultationView view, LaunchDrafts drafts, Background background, SignedInUser user,
                       LaunchProblems problems, Runnable markSaved) {
        this.view = view;
        this.drafts = drafts;
        this.background = background;
        this.user = user;
        this.problems = problems;
        this.markSaved = markSaved;
        view.progress.setIndeterminate(true);
        view.progress.setVisible(false);
        view.progress.setId("launch-progress");
        view.progress.getElement().setAttribute("aria-label", view.getTranslation("launch.launching"));
    }

    boolean launching() {
        return launching;
    }

    /** Launches the request (and the draft it came from) while the form stays on screen, locked. */
    void start(LaunchRequest request, Long draft) {
        launching = true;
        view.launch.setEnabled(false);
        view.back.setEnabled(false);
        view.saveDraft.setEnabled(false);
        view.progress.setVisible(true);
        view.status.setText(view.getTranslation("launch.launching"));
        UI ui = UI.getCurrent();
        background.run(ui, () -> drafts.launch(user, draft, request), this::launched, this::launchFailed);
    }

    /**
     * The consultation is launched. Its overview opens in the handling of a browser request (now, or at the next
     * poll): access control reads the signed-in person from the request, which a background thread does not have.
     */
    private void launched(Consultation consultation) {
        markSaved.run();
        view.progress.setVisible(false);
        view.status.setText(view.getTranslation("launch.launched", consultation.title()));
        Anchor open = new Anchor("consultation/" + consultation.id(), view.getTranslation("launch.openLaunched"));
        open.setId("launch-open-launched");
        view.status.add(new Span(" "), open);
        launchedId = consultation.id();
        if (com.vaadin.flow.server.VaadinRequest.getCurrent() != null) {
            openLaunched();
        } else {
            view.getUI().ifPresent(ui -> ui.setPollInterval(Background.POLL_MILLIS));
        }
    }

    /** Opens the launched consultation's overview if one is waiting; true when it did. */
    boolean openIfLaunched() {
        if (launchedId == null) {
            return false;
        }
        openLaunched();
        return true;
    }

    private void openLaunched() {
        Long id = launchedId;
        launchedId = null;
        view.getUI().ifPresent(ui -> ui.navigate("consultation/" + id));
    }

    private void launchFailed(Throwable error) {
        launching = false;
        view.progress.setVisible(false);
        view.launch.setEnabled(true);
        view.back.setEnabled(true);
        view.saveDraft.setEnabled(true);
        if (error instanceof InvalidInputException invalid) {
            BiConsumer<Step, Boolean> go = view::go;
            problems.showEverywhere(invalid.problems(), go);
        } else {
            view.status.setText(view.getTranslation("launch.failed"));
        }
    }
}
