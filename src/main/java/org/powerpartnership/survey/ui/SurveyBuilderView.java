package org.powerpartnership.survey.ui;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.CoDesignContributions;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormSchemaException;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.survey.Survey;
import org.powerpartnership.survey.SurveyDesign;
import org.powerpartnership.survey.SurveyQuestion;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.survey.SurveyVersion;
import org.springframework.security.access.AccessDeniedException;

/**
 * A consultation's team builds its own survey: questions in order, each edited on its own, saved as the team's
 * working copy, previewed as residents will see it, exchanged with Camunda Modeler as a {@code .form} file, and,
 * once stage 1 agreed a first version, published again with a reason. Beside it, what the co-designers suggested.
 * The survey service refuses anyone not on the team; they see a plain "not found".
 */
@Route("consultation/:consultationId/survey")
@RolesAllowed(Roles.OFFICER)
class SurveyBuilderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyService surveys;
    private final transient ConsultationService consultations;
    private final transient CoDesignContributions contributions;
    private final transient Clock clock;
    private final SignedInUser user;

    private long consultationId;
    private transient Consultation consultation;
    private transient SurveyDesign design;
    /** When the working copy this screen started from was saved (null: none), so another's save is not overwritten. */
    private Instant readAt;
    private String title = "";

    final Div problems = new Div();
    final Paragraph status = new Paragraph();
    final Paragraph state = new Paragraph();
    final Div questions = new Div();
    final Button addQuestion = new Button();
    final Button save = new Button();
    final Button preview = new Button();
    final Button discard = new Button();
    final DiscardConfirmation confirmDiscard = new DiscardConfirmation(this::discard);
    final Button discardConfirmed = confirmDiscard.confirmed;
    final TextArea reason = new TextArea();
    final Button publish = new Button();
    final UnorderedList versions = new UnorderedList();
    final Section publishing = new Section();
    FormFiles files;
    QuestionEditor editor;
    SurveyPreview previewPanel;

    SurveyBuilderView(SurveyService surveys, ConsultationService consultations, CoDesignContributions contributions,
                      Clock clock, CurrentUser currentUser) {
        this.surveys = surveys;
        this.consultations = consultations;
        this.contributions = contributions;
        this.clock = clock;
        this.user = currentUser.requireAnyRole(Roles.OFFICER);
        addClassNames("pp-officer", "pp-survey-builder");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            consultationId = Long.parseLong(event.getRouteParameters().get("consultationId").orElse(""));
            consultation = consultations.forTeam(user, consultationId);
            Survey draft = surveys.draft(user, consultationId);
            design = SurveyDesign.fromJson(draft.json());
            readAt = draft.changedAt();
        } catch (IllegalArgumentException | AccessDeniedException notHers) {
            showNotFound();
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    SurveyDesign design() {
        return design;
    }

    private void showNotFound() {
        title = getTranslation("surveyBuilder.notFound");
        H1 heading = new H1(title);
        heading.setId("survey-not-found");
        add(heading, new Paragraph(getTranslation("surveyBuilder.notFoundHelp")),
                new Anchor("consultations", getTranslation("surveyBuilder.backToList")));
    }

    private void render() {
        title = getTranslation("surveyBuilder.title", consultation.title());
        H1 heading = new H1(title);
        heading.setId("survey-heading");
        Anchor back = new Anchor("consultation/" + consultationId, getTranslation("surveyBuilder.back"));
        back.setId("survey-back");
        problems.setId("survey-problems");
        problems.addClassName("pp-problem-summary");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        status.setId("survey-status");
        status.addClassName("pp-status");
        status.getElement().setAttribute("role", "status");
        state.setId("survey-state");

        Section builder = new Section();
        builder.addClassName("pp-survey-questions");
        H2 listHeading = new H2(getTranslation("surveyBuilder.questions.heading"));
        questions.setId("survey-questions");
        addQuestion.setId("survey-add-question");
        addQuestion.setText(getTranslation("surveyBuilder.questions.add"));
        addQuestion.addClickListener(click -> editor.edit(-1, SurveyQuestion.blank(SurveyQuestion.Kind.SINGLE_CHOICE),
                design));
        editor = new QuestionEditor(this::applied, () -> editor.setVisible(false));
        save.setId("survey-save");
        save.setText(getTranslation("surveyBuilder.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        preview.setId("survey-preview-button");
        preview.setText(getTranslation("surveyBuilder.preview"));
        preview.addClickListener(click -> preview());
        discard.setId("survey-discard");
        discard.setText(getTranslation("surveyBuilder.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> confirmDiscard.open());
        Div actions = new Div(save, preview, discard);
        actions.addClassName("pp-actions");
        previewPanel = new SurveyPreview();
        builder.add(listHeading, questions, addQuestion, editor, actions, previewPanel);

        Div columns = new Div(builder, new ContributionsPanel(contributions.forTeam(user, consultationId),
                this::date));
        columns.addClassName("pp-survey-columns");
        files = new FormFiles("survey-" + consultation.ref() + ".form",
                () -> surveys.exportForm(user, consultationId), this::importFile,
                message -> showProblems(message, List.of()));
        add(back, heading, state, problems, status, columns, files, publishingSection());
        renderQuestions();
        renderState();
    }

    private Section publishingSection() {
        publishing.removeAll();
        publishing.setId("survey-publishing");
        H2 heading = new H2(getTranslation("surveyBuilder.versions.heading"));
        versions.setId("survey-versions");
        reason.setId("survey-reason");
        reason.setLabel(getTranslation("surveyBuilder.reason"));
        reason.setHelperText(getTranslation("surveyBuilder.reason.help"));
        reason.setWidthFull();
        publish.setId("survey-publish");
        publish.setText(getTranslation("surveyBuilder.publish"));
        publish.addClickListener(click -> publish());
        publishing.add(heading, versions, reason, publish);
        return publishing;
    }

    private void renderQuestions() {
        renderQuestions(List.of());
    }

    /** The list, each question that a problem names marked with the problem's message. */
    private void renderQuestions(List<FieldProblem> found) {
        questions.removeAll();
        List<SurveyDesign.Item> items = design.items();
        if (items.isEmpty()) {
            questions.add(new Paragraph(getTranslation("surveyBuilder.questions.none")));
        }
        for (int i = 0; i < items.size(); i++) {
            QuestionRow row = new QuestionRow(i, items.size(), items.get(i), design, this::edit, this::move,
                    this::remove);
            if (items.get(i) instanceof SurveyQuestion question) {
                found.stream().filter(problem -> QuestionRow.names(problem, question))
                        .forEach(problem -> row.problem(FieldProblems.message(this, problem)));
            }
            questions.add(row);
        }
    }

    private void renderState() {
        List<SurveyVersion> published = surveys.versions(consultationId);
        boolean changes = surveys.hasUnpublishedChanges(user, consultationId);
        discard.setVisible(changes);
        versions.removeAll();
        if (published.isEmpty()) {
            state.setText(getTranslation("surveyBuilder.state.notAgreed"));
            publishing.setVisible(false);
            return;
        }
        SurveyVersion latest = published.get(published.size() - 1);
        state.setText(getTranslation(changes ? "surveyBuilder.state.changes" : "surveyBuilder.state.published",
                latest.version(), date(latest.publishedAt())));
        for (SurveyVersion version : published) {
            ListItem item = new ListItem(getTranslation("surveyBuilder.version", version.version(),
                    date(version.publishedAt()), version.reason() == null
                            ? getTranslation("surveyBuilder.version.agreed") : version.reason()));
            versions.add(item);
        }
        publishing.setVisible(true);
    }

    private void edit(int index) {
        if (design.items().get(index) instanceof SurveyQuestion question) {
            editor.edit(index, question, design);
        }
    }

    private void move(int index, boolean up) {
        if (up) {
            design.moveUp(index);
        } else {
            design.moveDown(index);
        }
        editor.setVisible(false);
        renderQuestions();
        status.setText(getTranslation("surveyBuilder.status.moved"));
    }

    private void remove(int index) {
        design.remove(index);
        editor.setVisible(false);
        renderQuestions();
        status.setText(getTranslation("surveyBuilder.status.removed"));
    }

    private void applied(int index, SurveyQuestion question) {
        if (index < 0) {
            design.add(question);
        } else {
            design.replace(index, question);
        }
        editor.setVisible(false);
        renderQuestions();
        status.setText(getTranslation(index < 0 ? "surveyBuilder.status.added" : "surveyBuilder.status.updated",
                question.label()));
        addQuestion.focus();
    }

    /** Keeps the working copy; a refusal lists every problem and leaves the questions as they are on screen. */
    boolean save() {
        try {
            Survey saved = surveys.saveDraft(user, consultationId, design.toJson(), readAt);
            readAt = saved.changedAt();
            design = SurveyDesign.fromJson(saved.json());
            showProblems(null, List.of());
            renderQuestions();
            renderState();
            status.setText(getTranslation("surveyBuilder.status.saved"));
            return true;
        } catch (InvalidInputException refused) {
            showProblems(getTranslation("surveyBuilder.problems.notSaved"), refused.problems());
            renderQuestions(refused.problems());
            status.setText("");
            return false;
        }
    }

    private void preview() {
        try {
            previewPanel.show(FormSchemas.parse(design.toJson()));
            showProblems(null, List.of());
        } catch (FormSchemaException unusable) {
            showProblems(getTranslation("surveyBuilder.problems.noPreview"),
                    List.of(FieldProblem.of("survey", "survey.unreadable", unusable.getMessage())));
        }
    }

    /** The saved working copy goes; the builder starts again from the published version (or the template). */
    private void discard() {
        confirmDiscard.close();
        surveys.discardDraft(user, consultationId);
        design = SurveyDesign.fromJson(surveys.draft(user, consultationId).json());
        readAt = null;
        showProblems(null, List.of());
        editor.setVisible(false);
        previewPanel.hide();
        renderQuestions();
        renderState();
        status.setText(getTranslation("surveyBuilder.status.discarded"));
    }

    /** A Modeler file becomes the working copy if the survey rules accept it; a bad file changes nothing. */
    void importFile(String fileName, byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        try {
            SurveyDesign.fromJson(json);
            Survey imported = surveys.importForm(user, consultationId, json);
            readAt = imported.changedAt();
            design = SurveyDesign.fromJson(imported.json());
            showProblems(null, List.of());
            editor.setVisible(false);
            previewPanel.hide();
            renderQuestions();
            renderState();
            status.setText(getTranslation("surveyBuilder.status.imported", fileName));
        } catch (InvalidInputException refused) {
            showProblems(getTranslation("surveyBuilder.problems.notImported", fileName), refused.problems());
        }
    }

    private void publish() {
        if (!save()) {
            return;
        }
        try {
            Survey published = surveys.publish(user, consultationId, reason.getValue());
            readAt = null;
            FieldProblems.show(this, List.of(), Map.of("reason", reason));
            reason.clear();
            renderState();
            status.setText(getTranslation("surveyBuilder.status.published", published.version()));
        } catch (InvalidInputException refused) {
            List<FieldProblem> unplaced = FieldProblems.show(this, refused.problems(), Map.of("reason", reason));
            if (!unplaced.isEmpty()) {
                showProblems(getTranslation("surveyBuilder.problems.notPublished"), unplaced);
            }
            reason.focus();
        }
    }

    private void showProblems(String lead, List<FieldProblem> found) {
        problems.removeAll();
        problems.setVisible(lead != null);
        if (lead == null) {
            return;
        }
        problems.add(new Paragraph(lead));
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(FieldProblems.message(this, problem))));
        if (!found.isEmpty()) {
            problems.add(list);
        }
    }

    /** A date in the council's zone (the engine's clock), in the reader's language. */
    String date(Instant instant) {
        return CouncilDates.date(this, instant, clock.getZone());
    }
}
