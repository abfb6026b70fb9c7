package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressScriptsTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"p\u0430ypal@example.org", "jane@ex\u0430mple.org", "j\u200Dane@example.org",
            "1\u09e823@example.org", "\u03bflivia@example.org"})
    void an_address_that_mixes_look_alike_scripts_or_hides_characters_is_refused(String address) {
        assertThat(AddressScripts.looksLikeAnother(AddressScripts.canonical(address))).isTrue();
    }

    @ParameterizedTest(name = "{0} is fine")
    @ValueSource(strings = {"jo.bloggs+consult@mail.example.co.uk", "o'neil_x-1@ex-ample.org",
            "dafydd@enghraifft.cymru", "\u0175\u0177@example.org", "\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
            "\u0438\u0432\u0430\u043d@example.org", "tanaka@\u4f8b\u3048.jp"})
    void an_address_written_in_one_script_per_part_is_fine(String address) {
        assertThat(AddressScripts.looksLikeAnother(AddressScripts.canonical(address))).isFalse();
    }

    @Test
    void full_width_letters_fold_into_the_address_they_imitate() {
        assertThat(AccountService.normalise("\uff41dmin@Example.org")).isEqualTo("admin@example.org");
    }
}
