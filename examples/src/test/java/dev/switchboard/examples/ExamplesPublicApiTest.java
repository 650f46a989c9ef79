package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.PublicTypes;
import dev.switchboard.examples.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The examples' public types (the bots, the demo, the CLI entry point) are a decision: they must
 * equal the checked-in {@code examples-public-api.txt}. The CLI's own contract is its commands,
 * pinned by the command tests.
 */
class ExamplesPublicApiTest {
    @Test
    void exposesExactlyTheListedPublicTypes() {
        assertThat(PublicTypes.in(Main.class, "dev.switchboard.examples"))
                .isEqualTo(PublicTypes.listed(ExamplesPublicApiTest.class, "/examples-public-api.txt"));
    }
}
