package org.powerpartnership.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The rules of coding responses into themes: names, passages, counts, quotes, merging, and who may do it. */
@IntegrationTest
class ResponseCodingIT {

    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    ResponseCoding coding;
    @Autowired
    AuditLog audit;
    @Autowired
    TestAccounts accounts;
    @Autowired
    List<PersonalDataHolder> holders;

    private Cycle.Cast cast;
    private Consultation consultation;

    private long respond(String whatMattersMost) {
        return participation.respond(cast.partner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", whatMattersMost, "ageBand", "35-44"), "assisted", cast.partner().userId());
    }

    private void openWindow() {
        cast = cycle.cast(3);
        consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
    }

    private static void refusedWith(Throwable refused, String key) {
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).problems()).extracting(p -> p.messageKey()).contains(key);
    }

    @Test
    void a_theme_title_the_consultation_already_has_is_refused_whatever_its_case() {
        openWindow();
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        refusedWith(catchThrowable(() -> themes.add(cast.deputy(), consultation.id(), "  locked TOILETS ",
                "The same theme again, typed differently.")), "theme.title.taken");
        Theme benches = themes.add(cast.lead(), consultation.id(), "Benches", "Somewhere to sit on the way.");
        refusedWith(catchThrowable(() -> themes.rename(cast.lead(), benches.id(), "Locked Toilets")),
                "theme.title.taken");
        assertThat(themes.rename(cast.lead(), toilets.id(), "Locked toilets in the park").title())
                .isEqualTo("Locked toilets in the park");
        assertThat(themes.rename(cast.lead(), benches.id(), "benches").title()).isEqualTo("benches");
    }

    @Test
    void a_theme_counts_the_distinct_responses_tagged_and_quotes_passages_first_at_most_three() {
        openWindow();
        long first = respond("The toilets are always locked when we visit the park.");
        long second = respond("Locked toilets mean we cannot stay long with the children.");
        long third = respond("Open the toilets at weekends please, and keep them clean.");
        long fourth = respond("More benches along the river path would help my mother.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");

        coding.tag(cast.lead(), first, toilets.id(), null);
        coding.tag(cast.lead(), first, toilets.id(), null); // a double click tags once
        coding.tag(cast.lead(), second, toilets.id(), "we cannot stay long");
        coding.tag(cast.lead(), third, toilets.id(), null);
        coding.tag(cast.lead(), fourth, toilets.id(), null);
        coding.untag(cast.lead(), fourth, toilets.id());

        assertThat(themes.get(toilets.id()).mentions()).isEqualTo(3);
        CodedTheme coded = coding.evidence(consultation.id()).get(0);
        assertThat(coded.responses()).isEqualTo(3);
        assertThat(coded.quotes()).hasSize(3).first().isEqualTo("we cannot stay long");
        assertThat(coded.quotes()).contains("The toilets are always locked when we visit the park.");
        assertThat(coding.count(cast.lead(), consultation.id(), true)).isEqualTo(1);
        assertThat(coding.responses(cast.lead(), consultation.id(), true, 0, 20)).extracting(CodedResponse::id)
                .containsExactly(fourth);
        CodedResponse read = coding.responses(cast.lead(), consultation.id(), false, 0, 20).stream()
                .filter(r -> r.id() == second).findFirst().orElseThrow();
        assertThat(read.answers()).extracting(CodedResponse.Answer::text)
                .containsExactly("Locked toilets mean we cannot stay long with the children.");
        assertThat(read.tags()).containsExactly(new CodedResponse.Tag(toilets.id(), "we cannot stay long"));
        assertThat(audit.forConsultation(consultation.id())).extracting(AuditEntry::action)
                .contains("response.tagged", "response.untagged");
    }

    @Test
    void a_passage_must_be_words_the_response_holds() {
        openWindow();
        long response = respond("The toilets are always locked when we visit the park.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        refusedWith(catchThrowable(() -> coding.tag(cast.lead(), response, toilets.id(), "the toilets are filthy")),
                "coding.passage.notInResponse");
        refusedWith(catchThrowable(() -> coding.setTags(cast.lead(), consultation.id(), response,
                List.of(toilets.id()), "words nobody wrote")), "coding.passage.notInResponse");
        assertThat(themes.get(toilets.id()).mentions()).as("nothing half-saved").isZero();

        coding.setTags(cast.lead(), consultation.id(), response, List.of(toilets.id()), "ALWAYS   locked");
        assertThat(coding.evidence(consultation.id()).get(0).quotes()).containsExactly("ALWAYS   locked");
        coding.setTags(cast.lead(), consultation.id(), response, List.of(), null);
        assertThat(themes.get(toilets.id()).mentions()).isZero();
    }

    @Test
    void merging_moves_the_responses_removes_the_theme_and_keeps_its_consideration_in_the_audit_log() {
        openWindow();
        long first = respond("The toilets are always locked when we visit the park.");
        long second = respond("Locked toilets mean we cannot stay long with the children.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        Theme opening = themes.add(cast.lead(), consultation.id(), "Opening hours", "When the park buildings open.");
        coding.tag(cast.lead(), first, toilets.id(), null);
        coding.tag(cast.lead(), first, opening.id(), "always locked");
        coding.tag(cast.lead(), second, opening.id(), null);
        themes.consider(cast.lead(), opening.id(), "We will open the buildings at eight every morning.");

        refusedWith(catchThrowable(() -> themes.merge(cast.lead(), toilets.id(), toilets.id())), "theme.merge.same");
        Theme merged = themes.merge(cast.lead(), opening.id(), toilets.id());

        assertThat(merged.mentions()).isEqualTo(2);
        assertThat(themes.of(consultation.id())).extracting(Theme::id).containsExactly(toilets.id());
        assertThat(coding.responses(cast.lead(), consultation.id(), false, 0, 20))
                .allSatisfy(response -> assertThat(response.tags()).extracting(CodedResponse.Tag::themeId)
                        .containsExactly(toilets.id()));
        AuditEntry entry = audit.forConsultation(consultation.id()).stream()
                .filter(e -> e.action().equals("theme.merged")).findFirst().orElseThrow();
        assertThat(entry.subject()).isEqualTo("theme:" + opening.id());
        assertThat(entry.details()).contains("We will open the buildings at eight every morning.", "Opening hours");
    }

    @Test
    void only_the_consultations_team_may_code_its_responses() {
        openWindow();
        long response = respond("The toilets are always locked when we visit the park.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        var stranger = accounts.open(Roles.OFFICER);
        assertThatThrownBy(() -> themes.add(stranger, consultation.id(), "Benches", "Somewhere to sit down."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coding.tag(stranger, response, toilets.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coding.responses(stranger, consultation.id(), false, 0, 20))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.rename(stranger, toilets.id(), "Toilets"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.merge(cast.panel().get(0), toilets.id(), toilets.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_officer_who_leaves_is_erased_from_the_tags_and_the_counts_stay() {
        openWindow();
        long response = respond("The toilets are always locked when we visit the park.");
        Theme toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find them locked.");
        coding.tag(cast.lead(), response, toilets.id(), "always locked");
        PersonalDataHolder analysis = holders.stream().filter(h -> h.section().equals("analysis")).findFirst()
                .orElseThrow();
        assertThat(analysis.export(cast.lead().userId())).isEqualTo(Map.of("responsesYouTagged", 1L));

        analysis.erase(cast.lead().userId());
        assertThat(analysis.export(cast.lead().userId())).isEqualTo(Map.of("responsesYouTagged", 0L));
        assertThat(themes.get(toilets.id()).mentions()).isEqualTo(1);
        assertThat(coding.evidence(consultation.id()).get(0).quotes()).containsExactly("always locked");
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException thrown) {
            return thrown;
        }
        throw new AssertionError("Expected a refusal");
    }
}
