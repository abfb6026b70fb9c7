package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Diagrams for screens: the engagement cycle drawn where a consultation stands, with a text alternative. */
@IntegrationTest
class ProcessDiagramsIT {

    @Autowired
    Cycle cycle;
    @Autowired
    ProcessDiagrams diagrams;

    @Test
    void the_cycle_is_drawn_with_the_current_stage_outlined_finished_stages_shaded_and_its_steps_as_text() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), null);
        String instance = consultation.processInstanceId();

        assertThat(diagrams.planes(instance)).first().satisfies(plane -> {
            assertThat(plane.main()).isTrue();
            assertThat(plane.elementId()).isEqualTo("engagement-cycle");
        });
        assertThat(diagrams.planes(instance)).extracting(ProcessDiagrams.Plane::elementId)
                .contains("SubProcess_EarlyEngagement", "SubProcess_Networks", "SubProcess_Accountability");

        Diagram main = diagrams.render(instance, "engagement-cycle", "The cycle", "d1");
        assertThat(main.svg()).startsWith("<svg").contains("aria-labelledby=\"d1-title\"")
                .contains("<title id=\"d1-title\">The cycle</title>").contains("url(#d1-arrow)")
                .doesNotContain("<script");
        assertThat(main.active()).extracting(Diagram.Step::elementId)
                .containsExactlyInAnyOrder("SubProcess_Networks", "SubProcess_Access");
        assertThat(main.done()).extracting(Diagram.Step::elementId)
                .contains("StartEvent_ConsultationLaunched", "SubProcess_EarlyEngagement");
        assertThat(main.steps()).filteredOn(Diagram.Step::hasOwnPlane).hasSize(7);
        assertThat(main.steps().get(0).elementId()).isEqualTo("StartEvent_ConsultationLaunched");

        Diagram networks = diagrams.render(instance, "SubProcess_Networks", "Inside", "d2");
        assertThat(networks.name()).isEqualTo("2. Working with existing networks");
        assertThat(networks.active()).extracting(Diagram.Step::elementId).containsExactly("Task_InviteNetworks");
        assertThat(networks.svg()).contains("data-element=\"Task_InviteNetworks\" data-state=\"active\"");
    }
}
