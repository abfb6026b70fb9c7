package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationRecords;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class ConsultationsViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;

    @Test
    void an_officer_sees_only_their_teams_consultations_filters_them_and_exports_a_record() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation mine = cycle.launch(cast, false);
        Consultation notMine = cycle.launch(cycle.cast(3), false);

        signIn(cast.deputy());
        navigate("consultations");
        ConsultationsView view = _get(ConsultationsView.class);
        assertThat(view.shown()).extracting(s -> s.consultation().id()).containsExactly(mine.id());
        assertThat(view.shown().get(0).openTasks()).isEqualTo(2);
        assertThat(view.shown().get(0).leadName()).isEqualTo(cast.lead().displayName());
        Anchor title = _get(Anchor.class, spec -> spec.withId("consultation-link-" + mine.id()));
        assertThat(title.getHref()).isEqualTo("consultation/" + mine.id());
        assertThat(title.getText()).isEqualTo(mine.title());
        assertThat(view.shown()).extracting(s -> s.consultation().id()).doesNotContain(notMine.id());
        assertThat(_find(Anchor.class, spec -> spec.withId("consultations-launch"))).hasSize(1);

        view.search.setValue("no such title");
        assertThat(view.shown()).isEmpty();
        view.search.setValue(mine.ref().toLowerCase());
        assertThat(view.shown()).hasSize(1);
        view.status.setValue(Consultation.COMPLETED);
        assertThat(view.shown()).isEmpty();
        view.status.setValue(null);

        // Export: prepared in the background while a progress bar shows, then a download link.
        view.sortBy("title");
        assertThat(view.table.getHead().getRows().get(0).getElement().getChild(0).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        view.sortBy("title");
        assertThat(view.table.getHead().getRows().get(0).getElement().getChild(0).getAttribute("aria-sort"))
                .isEqualTo("descending");
        view.exportChoice.setValue(view.shown().get(0).consultation());
        assertThat(view.exportChoice.getValue().id()).isEqualTo(mine.id());
        _click(view.export.csv);
        assertThat(view.export.progress.isVisible()).isTrue();
        OfficerScreens.await(() -> !_find(Anchor.class, spec -> spec.withId("export-download-link")).isEmpty());
        Anchor link = _get(Anchor.class, spec -> spec.withId("export-download-link"));
        assertThat(link.getText()).contains(mine.ref() + "-record.csv");
        assertThat(view.export.progress.isVisible()).isFalse();
        assertThat(view.export.status.getText()).contains("is ready");

        _click(view.export.json);
        OfficerScreens.await(() -> _find(Anchor.class, spec -> spec.withId("export-download-link")).stream()
                .anyMatch(a -> a.getText().contains(".json")));
        assertThat(UI.getCurrent().getPollInterval()).isNotEqualTo(Background.POLL_MILLIS);
    }

    @Test
    void an_admin_sees_every_consultation_without_the_launch_link() {
        Consultation one = cycle.launch(cycle.cast(3), false);
        signInAs(Roles.ADMIN);
        navigate("consultations");
        ConsultationsView view = _get(ConsultationsView.class);
        assertThat(view.shown()).extracting(ConsultationRecords.Summary::consultation).extracting(Consultation::id)
                .contains(one.id());
        assertThat(_find(Anchor.class, spec -> spec.withId("consultations-launch"))).isEmpty();
    }

    @Test
    void an_officer_on_no_team_is_told_so_and_residents_and_panel_members_are_refused() {
        signInAs(Roles.OFFICER);
        navigate("consultations");
        assertThat(_get(Paragraph.class, spec -> spec.withId("consultations-empty")).getText())
                .contains("not on the team");

        signInAs(Roles.RESIDENT);
        navigate("consultations");
        assertThat(_find(ConsultationsView.class)).isEmpty();
        signInAs(Roles.PANEL);
        navigate("consultations");
        assertThat(_find(ConsultationsView.class)).isEmpty();
    }
}
