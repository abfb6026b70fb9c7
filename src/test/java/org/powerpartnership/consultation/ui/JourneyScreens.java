package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.survey.SurveyQuestion;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps of a consultation's journey through the screens, each done on the screen its person would use: the
 * launch form, the work item pages, the survey builder, the survey pages, the paper screen, the responses and the
 * analysis, the panel's review. Engine state is only read (to know which task is open and whose it is).
 */
abstract class JourneyScreens extends KaribuTest {

    /** The address a partner types for the person they help, who asks to hear back. */
    static final String ASSISTED_EMAIL = "m.k.riverside@example.org";

    @Autowired
    WorkflowPort workflow;

    @Autowired
    ConsultationService consultations;

    @Autowired
    NetworkService network;

    @Autowired
    FormCatalog forms;

    @Autowired
    EngineTime time;

    @Autowired
    AccountService accountService;

    protected Consultation launch(OfficerScreens.People people, Organisation organisation, SignedInUser coDesigner) {
        return launch(people, Set.of(organisation.id()), coDesigner);
    }

    /** The lead launches on the launch form, choosing the organisations from the directory's active entries. */
    protected Consultation launch(OfficerScreens.People people, Set<Long> organisationIds, SignedInUser coDesigner) {
        signIn(people.lead());
        navigate("launch");
        LaunchConsultationView view = _get(LaunchConsultationView.class);
        OfficerScreens.fillAndContinue(view, people);
        view.partners.setValue(Set.copyOf(view.partners.getListDataView().getItems()
                .filter(choice -> organisationIds.contains(choice.id())).toList()));
        assertThat(view.partners.getValue()).as("each organisation is offered").hasSize(organisationIds.size());
        view.coDesigners.setValue(Set.of(OfficerScreens.person(view.coDesigners, coDesigner)));
        _click(_get(Button.class, spec -> spec.withId("launch-submit")));
        OfficerScreens.await(() -> currentPath().startsWith("consultation/"));
        Consultation launched = consultations.get(Long.parseLong(currentPath().substring("consultation/".length())));
        confirmPanel(people, launched);
        return launched;
    }

    /** The sponsor confirms the panel proposed at launch on the sponsor page: voting at its gates can open. */
    protected void confirmPanel(OfficerScreens.People people, Consultation consultation) {
        signIn(people.sponsor());
        navigate("sponsor");
        _click(_get(Button.class, spec -> spec.withId("panel-" + consultation.id() + "-confirm")));
        assertThat(_find(Component.class, spec -> spec.withId("panel-" + consultation.id() + "-done"))).hasSize(1);
    }

    /** The lead reads the co-designers' suggestions beside the builder and adds a question of their own. */
    @SuppressWarnings("unchecked")
    protected void buildSurvey(SignedInUser officer, Consultation consultation) {
        signIn(officer);
        navigate("consultation/" + consultation.id());
        navigate(_get(Anchor.class, spec -> spec.withId("overview-link-survey")).getHref());
        assertThat(text(_get(Component.class, spec -> spec.withId("survey-contributions"))))
                .as("the co-designers' suggestions are beside the builder").contains("Written for the test of");
        _click(_get(Button.class, spec -> spec.withId("survey-add-question")));
        _setValue(_get(Select.class, spec -> spec.withId("question-kind")), SurveyQuestion.Kind.SINGLE_CHOICE);
        _setValue(_get(TextField.class, spec -> spec.withId("question-label")), "Do you visit with children?");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-options")), "Yes\nNo");
        _click(_get(Button.class, spec -> spec.withId("question-apply")));
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("survey-status")))).isEqualTo("Saved.");
    }

    /** One work item done on the screen its person would use, with answers its form accepts. */
    protected void doOnScreen(WorkItem item, SignedInUser who) {
        signIn(who);
        boolean resident = item.candidateGroup().startsWith(Roles.RESIDENT + ":");
        navigate((resident ? "my-tasks/task/" : "work/") + item.taskId());
        CamundaFormRenderer form = _get(CamundaFormRenderer.class);
        form.setValues(FormFiller.validValues(forms.byId(item.formRef()), Map.of()));
        // stage 2's invitations have a screen of their own: the organisations invited at launch stand
        String submit = resident ? "task-send" : currentPath().endsWith("/invite-networks") ? "invite-submit"
                : "work-submit";
        _click(_get(Button.class, spec -> spec.withId(submit)));
        assertThat(workflow.openWorkItemsForConsultation(item.consultationId()))
                .noneMatch(still -> still.taskId().equals(item.taskId()));
    }

    /** Every open panel vote of the consultation, approved on the stage review screen by its member. */
    protected void voteEverywhere(Consultation consultation, OfficerScreens.People people) {
        for (WorkItem vote : open(consultation).stream().filter(JourneyScreens::isVote).toList()) {
            SignedInUser member = people.panel().stream().filter(m -> m.userId().equals(vote.assignee()))
                    .findFirst().orElse(people.panel().get(0));
            signIn(member);
            navigate("work/" + vote.taskId());
            if (_find(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")).isEmpty()) {
                continue; // the gate settled with earlier votes
            }
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")), "approve");
            _click(_get(Button.class, spec -> spec.withId("vote-submit")));
        }
    }

    @SuppressWarnings("unchecked")
    protected void answerOnline(SignedInUser resident, Consultation consultation, String agreement, boolean hearBack) {
        signIn(resident);
        navigate("my-tasks/survey/" + consultation.id());
        String intro = text(_get(Component.class, spec -> spec.withId("survey-introduction")));
        assertThat(intro).contains("What we are asking").contains("What you can still change").contains("closes on");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement")), agreement);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-doYouVisitWithChildren")), "yes");
        _setValue(_get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")),
                "Swings for toddlers near the benches, and a gate that closes.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("survey-hear-back")), hearBack);
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_find(Component.class, spec -> spec.withId("task-done"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    protected void answerAssisted(SignedInUser partner, Consultation consultation) {
        signIn(partner);
        navigate("partner/assist/" + consultation.id());
        assertThat(text(_get(Component.class, spec -> spec.withId("survey-introduction")))).contains("What we are asking");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement")), "neutral");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-doYouVisitWithChildren")), "no");
        _setValue(_get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")),
                "The path from the bus stop floods, so I cannot get to the park in winter.");
        _setValue(_get(TextField.class, spec -> spec.withId("assisted-resident-name")), "M.K.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("assisted-consent")), true);
        // the person helped asks to hear back, by email, in Welsh
        _setValue(_get(EmailField.class, spec -> spec.withId("hear-back-email")), ASSISTED_EMAIL);
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));
        assertThat(_get(Component.class, spec -> spec.withId("hear-back-consent-problem")).isVisible())
                .as("an email without consent is refused beside the box").isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("hear-back-email")).getValue()).isEqualTo(ASSISTED_EMAIL);
        _setValue(_get(Checkbox.class, spec -> spec.withId("hear-back-consent")), true);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("hear-back-language")), "cy");
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("assisted-done"))).hasSize(1);
    }

    /** A paper survey typed in by the lead: first without a required answer (refused, nothing lost), then whole. */
    @SuppressWarnings("unchecked")
    protected void enterOnPaper(SignedInUser officer, Consultation consultation) {
        signIn(officer);
        navigate("consultation/" + consultation.id());
        navigate(_get(Anchor.class, spec -> spec.withId("overview-link-paper")).getHref());
        TextArea said = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
        _setValue(said, "More bins by the café, they overflow every weekend.");
        _setValue(_get(TextField.class, spec -> spec.withId("form-field-postcode")), "LS6 2AB");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("paper-count")))).contains("sitting: 0");
        assertThat(_get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")).getValue())
                .as("nothing typed is lost").isEqualTo("More bins by the café, they overflow every weekend.");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement")), "agree");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("paper-count")))).contains("sitting: 1");
    }

    /** The lead reads all four responses, then narrows them by channel, area, a choice answer and words. */
    @SuppressWarnings("unchecked")
    protected void readResponses(SignedInUser officer, Consultation consultation) {
        navigate("consultation/" + consultation.id());
        navigate(_get(Anchor.class, spec -> spec.withId("overview-link-responses")).getHref());
        assertThat(responsesStatus()).isEqualTo("Showing 1 to 4 of 4 responses");
        _setValue(_get(ComboBox.class, spec -> spec.withId("responses-channel")), "paper");
        assertThat(responsesStatus()).isEqualTo("Showing 1 to 1 of 1 responses");
        assertThat(text(_get(Component.class, spec -> spec.withId("responses-list")))).contains("More bins");
        _click(_get(Button.class, spec -> spec.withId("responses-clear")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("responses-area")), "LS6");
        assertThat(responsesStatus()).isEqualTo("Showing 1 to 1 of 1 responses");
        _click(_get(Button.class, spec -> spec.withId("responses-clear")));
        ComboBox<Object> question = _get(ComboBox.class, spec -> spec.withId("responses-question"));
        _setValue(question, question.getListDataView().getItems()
                .filter(q -> question.getItemLabelGenerator().apply(q).equals("Do you visit with children?"))
                .findFirst().orElseThrow());
        ComboBox<Object> choice = _get(ComboBox.class, spec -> spec.withId("responses-choice"));
        _setValue(choice, choice.getListDataView().getItems()
                .filter(o -> choice.getItemLabelGenerator().apply(o).equals("Yes")).findFirst().orElseThrow());
        assertThat(responsesStatus()).isEqualTo("Showing 1 to 2 of 2 responses");
        _click(_get(Button.class, spec -> spec.withId("responses-clear")));
        _setValue(_get(TextField.class, spec -> spec.withId("responses-text")), "bus stop");
        assertThat(responsesStatus()).isEqualTo("Showing 1 to 1 of 1 responses");
    }

    protected String responsesStatus() {
        return text(_get(Component.class, spec -> spec.withId("responses-status")));
    }

    /**
     * Two themes, every response tagged with the one it speaks to (a passage quoted from one of them), each theme
     * considered, then the analysis finished on the same screen.
     */
    @SuppressWarnings("unchecked")
    protected void analyse(SignedInUser officer, Consultation consultation) {
        signIn(officer);
        navigate("consultation/" + consultation.id());
        navigate(_get(Anchor.class, spec -> spec.withId("overview-link-analysis")).getHref());
        createTheme("Play for small children", "Swings, toddler equipment and a gate that closes.");
        createTheme("Getting there", "Paths, flooding and the way from the bus stop.");
        createTheme("getting THERE", "The same theme typed again by someone else.");
        TextField newTitle = _get(TextField.class, spec -> spec.withId("theme-new-title"));
        assertThat(newTitle.isInvalid()).as("a theme name that exists").isTrue();
        assertThat(newTitle.getValue()).isEqualTo("getting THERE");
        newTitle.clear();
        _get(TextArea.class, spec -> spec.withId("theme-new-summary")).clear();

        // the screen redraws after each save, so every card is looked up afresh
        List<String> cards = _find(MultiSelectComboBox.class).stream().map(box -> box.getId().orElse(""))
                .filter(id -> id.matches("response-\\d+-themes")).map(id -> id.replace("-themes", "")).toList();
        assertThat(cards).hasSize(4);
        for (String card : cards) {
            MultiSelectComboBox<Object> box = _get(MultiSelectComboBox.class, spec -> spec.withId(card + "-themes"));
            boolean path = text(_get(com.vaadin.flow.component.html.Article.class, spec -> spec.withId(card)))
                    .contains("path from the bus stop");
            String wanted = path ? "Getting there" : "Play for small children";
            _setValue(box, Set.copyOf(box.getListDataView().getItems()
                    .filter(theme -> label(box, theme).contains(wanted)).toList()));
            if (path) {
                _setValue(_get(TextField.class, spec -> spec.withId(card + "-passage")), "The path from the bus stop floods");
            }
            _click(_get(Button.class, spec -> spec.withId(card + "-save")));
        }
        List<String> themes = _find(TextArea.class).stream().map(area -> area.getId().orElse(""))
                .filter(id -> id.matches("theme-\\d+-consideration")).map(id -> id.replace("-consideration", ""))
                .toList();
        assertThat(themes).hasSize(2);
        for (String theme : themes) {
            _setValue(_get(TextArea.class, spec -> spec.withId(theme + "-consideration")),
                    "We will put this to the play area's designers and report back in the spring.");
            _click(_get(Button.class, spec -> spec.withId(theme + "-consider")));
            assertThat(text(_get(Component.class, spec -> spec.withId(theme + "-count")))).doesNotStartWith("0 ");
        }
        _click(_get(Button.class, spec -> spec.withId("analysis-complete")));
        assertThat(text(_get(Component.class, spec -> spec.withId("analysis-done")))).contains("panel has been asked");
    }

    protected void createTheme(String title, String summary) {
        _setValue(_get(TextField.class, spec -> spec.withId("theme-new-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("theme-new-summary")), summary);
        _click(_get(Button.class, spec -> spec.withId("theme-create")));
    }

    protected static String label(MultiSelectComboBox<Object> box, Object item) {
        return box.getItemLabelGenerator().apply(item);
    }

    protected SignedInUser actorFor(WorkItem item, OfficerScreens.People people, SignedInUser partner) {
        if (item.assignee() != null) {
            return accountService.signedInUser(item.assignee());
        }
        return switch (item.candidateGroup().split(":")[0]) {
            case Roles.OFFICER -> people.lead();
            case Roles.PARTNER -> partner;
            case "organisation" -> partner; // the role of the partner's own organisation
            case Roles.SPONSOR -> people.sponsor();
            default -> throw new IllegalStateException("Nobody for " + item.candidateGroup());
        };
    }

    protected List<WorkItem> open(Consultation consultation) {
        return workflow.openWorkItemsForConsultation(consultation.id());
    }

    protected WorkItem only(Consultation consultation, String taskKey) {
        List<WorkItem> items = open(consultation).stream().filter(item -> item.taskKey().equals(taskKey)).toList();
        assertThat(items).as(taskKey).hasSize(1);
        return items.get(0);
    }

    protected static boolean isVote(WorkItem item) {
        return item.taskKey().equals("Task_VoteOnStage");
    }

    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** What has arrived for an address, waiting for the mails that leave after the commit. */
    protected static List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        OfficerScreens.await(() -> !org.powerpartnership.support.TestMailServer.to(address).isEmpty());
        return org.powerpartnership.support.TestMailServer.to(address);
    }
}
