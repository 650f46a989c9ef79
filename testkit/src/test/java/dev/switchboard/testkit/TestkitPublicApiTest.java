package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.PublicTypes;
import org.junit.jupiter.api.Test;

/** The testkit's public types are a decision: they must equal the checked-in {@code testkit-public-api.txt}. */
class TestkitPublicApiTest {
    @Test
    void exposesExactlyTheListedPublicTypes() {
        assertThat(PublicTypes.in(FakeTelegram.class, "dev.switchboard.testkit"))
                .isEqualTo(PublicTypes.listed(TestkitPublicApiTest.class, "/testkit-public-api.txt"));
    }
}
