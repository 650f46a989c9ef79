package dev.switchboard.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.fuzz.Bounded;
import dev.switchboard.core.fuzz.GeneratedJson;
import dev.switchboard.core.fuzz.JsonMutants;
import dev.switchboard.core.fuzz.Mutant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes {@link LayoutJson#read}: mutated layout files and generated JSON end in a keyboard or a
 * {@link LayoutException}, never another exception, and never hang. Seeded, so CI is reproducible.
 */
class LayoutJsonFuzzTest {
    private static final List<String> SAMPLES = List.of("every-kind.json", "main-menu.json", "telegram-only.json",
            "remove.json", "catalogue.json", "vote.json");

    @Property(tries = 4000, seed = "20261202")
    void mutatedLayoutTextThrowsOnlyLayoutException(@ForAll("mutants") Mutant input) {
        assertOnlyLayoutException(Bounded.thrownBy(() -> LayoutJson.read(input.text())));
    }

    @Property(tries = 4000, seed = "20261203")
    void mutatedLayoutBytesThrowOnlyLayoutException(@ForAll("mutants") Mutant input) {
        assertOnlyLayoutException(Bounded.thrownBy(() -> LayoutJson.read(new ByteArrayInputStream(input.bytes()))));
    }

    @Property(tries = 1000, seed = "20261204")
    void generatedJsonThrowsOnlyLayoutException(@ForAll("generated") String json) {
        assertOnlyLayoutException(Bounded.thrownBy(() -> LayoutJson.read(json)));
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return JsonMutants.of(SAMPLES, SAMPLES.stream().map(LayoutJsonFuzzTest::sample).toList());
    }

    @Provide
    Arbitrary<String> generated() {
        return GeneratedJson.value(4);
    }

    private static void assertOnlyLayoutException(Throwable thrown) {
        if (thrown != null) {
            assertThat(thrown).as("thrown by the layout reader").isExactlyInstanceOf(LayoutException.class);
        }
    }

    private static byte[] sample(String name) {
        try (InputStream in = LayoutJsonFuzzTest.class.getResourceAsStream("/layout/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
