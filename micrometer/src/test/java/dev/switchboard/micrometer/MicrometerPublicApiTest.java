package dev.switchboard.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.PublicTypes;
import org.junit.jupiter.api.Test;

/** The module's public types are a decision: they must equal the checked-in {@code micrometer-public-api.txt}. */
class MicrometerPublicApiTest {
    @Test
    void exposesOnlyTheEntryClass() {
        assertThat(PublicTypes.in(SwitchboardMetrics.class, "dev.switchboard.micrometer"))
                .isEqualTo(PublicTypes.listed(MicrometerPublicApiTest.class, "/micrometer-public-api.txt"));
    }
}
