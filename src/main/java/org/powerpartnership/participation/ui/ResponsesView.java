package org.powerpartnership.participation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormOption;
import org.powerpartnership.participation.ResponseBrowser;
import org.powerpartnership.participation.ResponseExports;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * A consultation's responses for its team (admins read it too): each response with its channel, date and answers
 * under the questions' own labels, a page at a time; filters by channel, area, an answer to a choice question and
 * words in the answers; for the same responses, a chart and a table per choice question; and the answers as CSV or
 * JSON without names or contact details.
 */
@Route("consultation/:consultationId/responses")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class ResponsesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> CHANNELS = List.of("online", "assisted", "paper", "event");

    private final transient ResponseBrowser browser;
    private final transient ResponseExports exports;
    private final transient ConsultationService consultations;
    private final SignedInUser user;

    final ComboBox<String> channel = new ComboBox<>();
    final ComboBox<String> area = new ComboBox<>();
    final ComboBox<ResponseBrowser.Question> question = new ComboBox<>();
    final ComboBox<FormOption> choice = new ComboBox<>();
    final TextField text = new TextField();
    final Button clear = new Button();
    final Paragraph status = new Paragraph();
    final Div list = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Div summaries = new Div();
    private long consultationId;
    private List<ResponseBrowser.Question> questions = List.of();
    private ResponseBrowser.Page page;

    ResponsesView(ResponseBrowser browser, ResponseExports exports, ConsultationService consultations,
                  CurrentUser currentUser) {
        this.browser = browser;
        this.exports = exports;
        this.consultations = consultations;
        this.user = currentUser.requireAnyRole(Roles.OFFICER, Roles.ADMIN);
        addClassNames("pp-officer", "pp-responses");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        Consultation consultation;
        try {
            consultation = consultations.forTeam(user, consultationId);
            questions = browser.questions(user, consultationId);
        } catch (AccessDeniedException | IllegalArgumentException notForThem) {
            // unknown and not-yours look the same: nothing is given away
            H1 heading = new H1(getTranslation("responses.heading"));
            Paragraph refused = new Paragraph(getTranslation("responses.refused"));
            refused.setId("responses-refused");
            add(heading, refused);
            return;
        }
        H1 heading = new H1(getTranslation("responses.heading"));
        heading.setId("responses-heading");
        Paragraph about = new Paragraph(getTranslation("responses.consultation", consultation.title(),
                consultation.ref()));
        add(heading, about, filters(), results(), summariesSection(), exportSection());
        if (user.hasRole(Roles.OFFICER) && consultations.isOnTeam(consultationId, user.userId())) {
            Anchor paper = new Anchor("consultation/" + consultationId + "/paper", getTranslation("responses.enterPaper"));
            paper.setId("responses-paper");
            add(new Paragraph(paper));
        }
        refresh(0);
    }

    private Section filters() {
        Section section = new Section(new H2(getTranslation("responses.filters.heading")));
        section.setId("responses-filters");
        channel.setId("responses-channel");
        channel.setLabel(getTranslation("responses.filters.channel"));
        channel.setItems(CHANNELS);
        channel.setItemLabelGenerator(value -> getTranslation("responses.channel." + value));
        area.setId("responses-area");
        area.setLabel(getTranslation("responses.filters.area"));
        area.setItems(browser.areas(user, consultationId));
        question.setId("responses-question");
        question.setLabel(getTranslation("responses.filters.question"));
        question.setItems(questions.stream().filter(ResponseBrowser.Question::isChoice).toList());
        question.setItemLabelGenerator(ResponseBrowser.Question::label);
        choice.setId("responses-choice");
        choice.setLabel(getTranslation("responses.filters.choice"));
        choice.setItemLabelGenerator(FormOption::label);
        choice.setEnabled(false);
        question.addValueChangeListener(change -> {
            choice.clear();
            choice.setItems(change.getValue() == null ? List.of() : change.getValue().options());
            choice.setEnabled(change.getValue() != null);
        });
        text.setId("responses-text");
        text.setLabel(getTranslation("responses.filters.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        channel.addValueChangeListener(change -> refresh(0));
        area.addValueChangeListener(change -> refresh(0));
        choice.addValueChangeListener(change -> refresh(0));
        text.addValueChangeListener(change -> refresh(0));
        clear.setText(getTranslation("responses.filters.clear"));
        clear.setId("responses-clear");
        clear.addClickListener(click -> {
            channel.clear();
            area.clear();
            question.clear();
            text.clear();
            refresh(0);
        });
        FlexLayout fields = new FlexLayout(channel, area, question, choice, text);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("pp-filters");
        section.add(fields, clear);
        return section;
    }

    private Section results() {
        Section section = new Section(new H2(getTranslation("responses.list.heading")));
        status.setId("responses-status");
        status.getElement().setAttribute("role", "status");
        list.setId("responses-list");
        previous.setText(getTranslation("responses.previous"));
        previous.setId("responses-previous");
        previous.addClickListener(click -> refresh(page.offset() - ResponseBrowser.PAGE_SIZE));
        next.setText(getTranslation("responses.next"));
        next.setId("responses-next");
        next.addClickListener(click -> refresh(page.offset() + ResponseBrowser.PAGE_SIZE));
        HorizontalLayout paging = new HorizontalLayout(previous, next);
        paging.addClassName("pp-actions");
        section.add(status, list, paging);
        return section;
    }

    private Section summariesSection() {
        Section section = new Section(new H2(getTranslation("responses.summary.heading")), summaries);
        section.getElement().setAttribute("aria-live", "off");
        return section;
    }

    private Section exportSection() {
        Section section = new Section(new H2(getTranslation("responses.export.heading")));
        section.setId("responses-export");
        section.add(new Paragraph(getTranslation("responses.export.intro")));
        section.add(new Paragraph(download("csv", "text/csv;charset=UTF-8",
                filter -> exports.csv(user, consultationId, filter))));
        section.add(new Paragraph(download("json", "application/json",
                filter -> exports.json(user, consultationId, filter))));
        return section;
    }

    /** A link that writes the export when it is followed, with the filters chosen at that moment. */
    private Anchor download(String format, String type, Function<ResponseBrowser.Filter, String> write) {
        String fileName = exports.fileName(consultationId, format);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = write.apply(filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("responses.export." + format, fileName));
        link.setId("responses-export-" + format);
        return link;
    }

    ResponseBrowser.Filter filter() {
        return new ResponseBrowser.Filter(channel.getValue(), area.getValue(),
                question.getValue() == null ? null : question.getValue().key(),
                choice.getValue() == null ? null : choice.getValue().value(), text.getValue());
    }

    void refresh(int offset) {
        ResponseBrowser.Filter filter = filter();
        page = browser.page(user, consultationId, filter, Math.max(0, offset));
        list.removeAll();
        int n = page.offset();
        for (ResponseBrowser.Response response : page.responses()) {
            n++;
            list.add(response(response, n));
        }
        int last = page.offset() + page.responses().size();
        status.setText(page.total() == 0 ? getTranslation("responses.none")
                : getTranslation("responses.showing", page.offset() + 1, last, page.total()));
        previous.setEnabled(page.offset() > 0);
        next.setEnabled(last < page.total());
        summaries.removeAll();
        summaries.add(ChoiceSummaries.of(this, browser.summaries(user, consultationId, filter)));
    }

    private Section response(ResponseBrowser.Response response, int number) {
        Section one = new Section();
        one.setId("response-" + response.id());
        one.addClassName("pp-response");
        String area = response.area() == null ? getTranslation("responses.area.unknown") : response.area();
        H3 heading = new H3(getTranslation("responses.item.heading", number, CouncilTime.dateTime(response.submittedAt().toInstant(), locale()),
                getTranslation("responses.channel." + response.channel()), area));
        DescriptionList answers = new DescriptionList();
        for (ResponseBrowser.Question q : questions) {
            Object value = response.answers().get(q.key());
            if (value == null || value instanceof String s && s.isBlank()) {
                continue;
            }
            String shown = value instanceof Boolean yes
                    ? getTranslation(yes ? "responses.yes" : "responses.no") : q.display(value);
            answers.add(new DescriptionList.Term(q.label()), new DescriptionList.Description(shown));
        }
        one.add(heading, answers);
        return one;
    }

    private Locale locale() {
        Locale locale = getLocale() == null ? Locale.UK : getLocale();
        return locale.getCountry().isEmpty() ? new Locale(locale.getLanguage(), "GB") : locale;
    }

    ResponseBrowser.Page page() {
        return page;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("responses.title");
    }
}
