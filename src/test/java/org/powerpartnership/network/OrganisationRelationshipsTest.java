package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The "usual suspects" figure compares with the median organisation, counting those never asked as zero. */
class OrganisationRelationshipsTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_one_and_of_an_even_count_the_mean_of_the_two_middle_ones() {
        assertThat(OrganisationRelationships.median(List.of(7, 0, 1))).isEqualTo(1.0);
        assertThat(OrganisationRelationships.median(List.of(0, 0, 1, 7))).isEqualTo(0.5);
        assertThat(OrganisationRelationships.median(List.of())).isZero();
    }
}
