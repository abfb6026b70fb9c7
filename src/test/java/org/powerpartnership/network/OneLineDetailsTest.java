package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;

/** An organisation's name and areas are one line each: a line break there is refused, field by field. */
class OneLineDetailsTest {

    private final DirectoryDetailsCheck check = new DirectoryDetailsCheck();

    @Test
    void a_name_or_area_with_a_line_break_is_refused_with_the_one_line_message() {
        OrganisationDetails details = new OrganisationDetails("Riverside Trust\r\nBcc: all@example.org",
                OrganisationKind.COMMUNITY_GROUP, "Two lines\nare fine here.", null, null, null,
                List.of("Riverside\u0007"), Set.of(), null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> check.cleaned(details, null));

        assertThat(refused.problems()).containsExactly(FieldProblem.of("name", OneLineText.MESSAGE_KEY),
                FieldProblem.of("areas", OneLineText.MESSAGE_KEY));
    }

    @Test
    void the_same_details_on_one_line_are_taken() {
        OrganisationDetails details = new OrganisationDetails("Riverside Trust", OrganisationKind.COMMUNITY_GROUP,
                "Two lines\nare fine here.", null, null, null, List.of("Riverside"), Set.of(), null);

        assertThat(check.cleaned(details, null).name()).isEqualTo("Riverside Trust");
    }
}
