package org.powerpartnership.consultation.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.consultation.AccessPlans;
import org.powerpartnership.consultation.CommitmentSummaries;
import org.powerpartnership.consultation.PublicConsultationPage;
import org.powerpartnership.consultation.PublicConsultations;
import org.powerpartnership.consultation.SurveyChanges;
import org.powerpartnership.consultation.WindowExtension;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.consultation.PublicPauseNotice;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.shared.ConsultationFollowing;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One consultation for anyone, at a shareable address: what it is about, what can still change, how much say people
 * have, when and how to take part (online, at a venue or on paper, with help from a local group), how to ask for
 * support, and, once closed, what the council said back. An unknown reference gets a plain "not found" page with
 * HTTP status 404 ({@link ConsultationNotFoundView}).
 */
@Route("have-your-say/:ref")
@AnonymousAllowed
class PublicConsultationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicConsultations consultations;
    private final transient SurveyChanges surveyChanges;
    private final transient WindowExtensions windowExtensions;
    private final transient ConsultationFollowing following;
    private final transient ConsultationPauses pauses;
    private String title = "";

    PublicConsultationView(PublicConsultations consultations, ObjectProvider<SurveyChanges> surveyChanges,
                           WindowExtensions windowExtensions, ConsultationFollowing following,
                           ConsultationPauses pauses) {
        this.pauses = pauses;
        this.windowExtensions = windowExtensions;
        this.following = following;
        this.consultations = consultations;
        this.surveyChanges = surveyChanges.getIfAvailable(() -> SurveyChanges.NONE);
        addClassName("pp-public");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String ref = event.getRouteParameters().get("ref").orElse("");
        Optional<PublicConsultationPage> found = consultations.page(ref);
        if (found.isEmpty()) {
            event.rerouteToError(new ConsultationNotFoundException(ref), ref);
            return;
        }
        show(found.get());
    }

    private void show(PublicConsultationPage page) {
        title = page.title();
        H1 heading = new H1(page.title());
        heading.setId("consultation-heading");
        Paragraph status = new Paragraph(new Span(getTranslation("public.phase." + page.phase())));
        status.addClassNames("pp-phase", "pp-phase-" + page.phase().name().toLowerCase(java.util.Locale.ROOT));
        status.setId("consultation-phase");
        Paragraph summary = new Paragraph(page.summary());
        summary.setId("consultation-summary");
        add(heading, status, summary);
        pauses.publicNotice(page.id()).ifPresent(notice -> add(pauseNotice(notice)));
        if (page.question() != null && !page.question().isBlank()) {
            add(section("consultation-question", "public.question.heading", paragraph(page.question())));
        }
        if (page.formativeStatement() != null && !page.formativeStatement().isBlank()) {
            add(section("consultation-open-to-change", "public.openToChange.heading",
                    paragraph(page.formativeStatement())));
        }
        add(influence(page), dates(page));
        if (page.phase() != PublicConsultationPage.Phase.CLOSED) {
            add(waysToTakePart(page));
        } else {
            add(outcome(page));
        }
        List<SurveyChanges.Change> changes = surveyChanges.changes(page.id());
        if (!changes.isEmpty()) {
            add(surveyChanges(changes));
        }
        add(new FollowForm(following, page.id()));
        Anchor back = new Anchor("have-your-say", getTranslation("public.backToList"));
        back.setId("consultation-back");
        add(new Paragraph(back));
    }

    /** "Paused since ...: why" or "Withdrawn on ...: why", where everyone reads it first. */
    private Paragraph pauseNotice(PublicPauseNotice notice) {
        Paragraph paragraph = new Paragraph(getTranslation(notice.kind() == PauseKind.PAUSE ? "public.paused"
                : "public.withdrawn", Texts.date(this, notice.since()), notice.reason()));
        paragraph.setId("consultation-pause");
        paragraph.addClassName("pp-status");
        return paragraph;
    }

    private Section influence(PublicConsultationPage page) {
        Section section = section("consultation-influence", "public.influence.heading");
        if (page.iap2Level() != null) {
            Paragraph level = new Paragraph(getTranslation("public.influence.level",
                    Texts.orElse(this, "public.iap2." + page.iap2Level(), page.iap2Level())));
            level.setId("consultation-influence-level");
            section.add(level, new Paragraph(Texts.orElse(this, "public.iap2.plain." + page.iap2Level(), "")));
        }
        if (page.iap2Promise() != null && !page.iap2Promise().isBlank()) {
            Paragraph promise = new Paragraph(getTranslation("public.influence.promise", page.iap2Promise()));
            promise.setId("consultation-promise");
            section.add(promise);
        }
        if (page.decisionMaker() != null && !page.decisionMaker().isBlank()) {
            section.add(new Paragraph(getTranslation("public.influence.decides", page.decisionMaker())));
        }
        return section;
    }

    private Section dates(PublicConsultationPage page) {
        Section section = section("consultation-dates", "public.dates.heading");
        Paragraph when = new Paragraph(switch (page.phase()) {
            case OPEN -> page.windowClosesAt() == null
                    ? getTranslation("public.dates.openSince", Texts.date(this, page.windowOpenedAt()))
                    : getTranslation("public.dates.window", Texts.date(this, page.windowOpenedAt()),
                    Texts.date(this, page.windowClosesAt()));
            case SOON -> getTranslation("public.dates.soon");
            case CLOSED -> page.windowClosedAt() == null ? getTranslation("public.dates.closed")
                    : getTranslation("public.dates.closedOn", Texts.date(this, page.windowClosedAt()));
        });
        when.setId("consultation-window");
        section.add(when);
        List<WindowExtension> extensions = windowExtensions.of(page.id());
        if (!extensions.isEmpty()) {
            // a later closing date is a promise changed in people's favour; say when and why, as for the survey
            UnorderedList list = new UnorderedList();
            list.setId("consultation-window-extensions");
            extensions.forEach(extension -> list.add(new ListItem(getTranslation("public.windowExtended",
                    Texts.date(this, extension.oldClosesAt()), Texts.date(this, extension.newClosesAt()),
                    extension.reason()))));
            section.add(list);
        }
        if (page.decisionBy() != null) {
            section.add(new Paragraph(getTranslation("public.dates.decisionBy", Texts.date(this, page.decisionBy()))));
        }
        return section;
    }

    private Section waysToTakePart(PublicConsultationPage page) {
        Section section = section("consultation-take-part", "public.takePart.heading");
        boolean open = page.phase() == PublicConsultationPage.Phase.OPEN;
        if (!open) {
            section.add(new Paragraph(getTranslation("public.takePart.notYet")));
        }
        Div online = way("consultation-way-online", "public.takePart.online.heading");
        if (open) {
            Anchor survey = new Anchor("my-tasks/survey/" + page.id(), getTranslation("public.takePart.online.link"));
            survey.setId("consultation-survey-link");
            online.add(new Paragraph(survey), new Paragraph(getTranslation("public.takePart.online.signIn")));
        } else {
            online.add(new Paragraph(getTranslation("public.takePart.online.later")));
        }
        Div inPerson = way("consultation-way-venue", "public.takePart.venue.heading");
        AccessPlans.AccessPlan access = page.access();
        if (access == null) {
            inPerson.add(new Paragraph(getTranslation("public.takePart.venue.text")));
        } else {
            inPerson.add(new Paragraph(getTranslation("public.takePart.venue.where")));
            Div venues = new Div();
            venues.setId("consultation-venues");
            access.venuesAndTimes().lines().filter(line -> !line.isBlank())
                    .forEach(line -> venues.add(new Paragraph(line.strip())));
            inPerson.add(venues);
            if (access.paper()) {
                inPerson.add(new Paragraph(getTranslation("public.takePart.venue.paper")));
            }
        }
        if (surveyChanges.agreed(page.id())) {
            Anchor paper = new Anchor("have-your-say/" + page.ref() + "/paper", getTranslation("public.takePart.paperLink"));
            paper.setId("consultation-paper-link");
            inPerson.add(new Paragraph(paper));
        }
        if (!page.methods().isEmpty()) {
            UnorderedList methods = new UnorderedList();
            methods.setId("consultation-methods");
            page.methods().forEach(method -> methods.add(new ListItem(
                    Texts.orElse(this, "public.method." + method, method))));
            inPerson.add(new Paragraph(getTranslation("public.takePart.methods")), methods);
        }
        Div help = way("consultation-way-partner", "public.takePart.partner.heading");
        if (page.partnerNames().isEmpty()) {
            help.add(new Paragraph(getTranslation("public.takePart.partner.none")));
        } else {
            help.add(new Paragraph(getTranslation("public.takePart.partner.text")));
            UnorderedList partners = new UnorderedList();
            partners.setId("consultation-partners");
            page.partnerNames().forEach(name -> partners.add(new ListItem(name)));
            help.add(partners);
        }
        Div support = way("consultation-way-support", "public.takePart.support.heading");
        Anchor ask = new Anchor("support", getTranslation("public.takePart.support.link"));
        ask.setId("consultation-support-link");
        support.add(new Paragraph(getTranslation("public.takePart.support.text")));
        if (access != null) {
            support.add(promised(access));
        }
        support.add(new Paragraph(ask));
        section.add(online, inPerson, help, support);
        return section;
    }

    /** Every change to the survey after it was agreed, with the team's reason, so none is made quietly. */
    private Section surveyChanges(List<SurveyChanges.Change> changes) {
        Section section = section("consultation-survey-changes", "public.surveyChanges.heading");
        UnorderedList list = new UnorderedList();
        changes.forEach(change -> list.add(new ListItem(getTranslation("public.surveyChanges.line", change.version(),
                Texts.date(this, change.publishedAt()), change.reason()))));
        section.add(list);
        return section;
    }

    /** The formats, languages and support the access plan promises, in the words of the public page. */
    private Div promised(AccessPlans.AccessPlan access) {
        Div promised = new Div();
        promised.setId("consultation-access");
        if (!access.formats().isEmpty()) {
            promised.add(new Paragraph(getTranslation("public.takePart.formats",
                    options("public.format.", access.formats()))));
        }
        if (access.languages() != null && !access.languages().isBlank()) {
            promised.add(new Paragraph(getTranslation("public.takePart.languages", access.languages().strip())));
        }
        if (!access.support().isEmpty()) {
            promised.add(new Paragraph(getTranslation("public.takePart.supportOffered",
                    options("public.supportOffered.", access.support()))));
        }
        return promised;
    }

    private String options(String keyPrefix, java.util.List<String> values) {
        return String.join(", ", values.stream().map(value -> Texts.orElse(this, keyPrefix + value, value)).toList());
    }

    private Section outcome(PublicConsultationPage page) {
        Section section = section("consultation-outcome", "public.outcome.heading");
        CommitmentSummaries.Response response = page.response();
        if (response == null) {
            Paragraph waiting = new Paragraph(getTranslation("public.outcome.waiting"));
            waiting.setId("consultation-outcome-waiting");
            section.add(waiting);
        } else {
            section.add(new Paragraph(getTranslation("public.outcome.published", Texts.date(this,
                    response.publishedAt()))));
            section.add(part("consultation-you-asked", "public.outcome.youAsked", response.youAsked()),
                    part("consultation-you-said", "public.outcome.youSaid", response.youSaid()),
                    part("consultation-we-did", "public.outcome.weDid", response.weDid()));
            PublicResponseDetails.addTo(section, response);
        }
        Anchor record = new Anchor("record/" + page.ref(), getTranslation("public.outcome.record"));
        record.setId("consultation-record-link");
        section.add(new Paragraph(record));
        return section;
    }

    private Div part(String id, String headingKey, String text) {
        Div block = new Div(new H3(getTranslation(headingKey)), paragraph(text));
        block.setId(id);
        block.addClassName("pp-response-part");
        return block;
    }

    private Div way(String id, String headingKey) {
        Div way = new Div(new H3(getTranslation(headingKey)));
        way.setId(id);
        way.addClassName("pp-way");
        return way;
    }

    private Section section(String id, String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.add(content);
        return section;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pp-prose");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
