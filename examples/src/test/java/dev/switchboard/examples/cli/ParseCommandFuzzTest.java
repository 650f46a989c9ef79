package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code switchboard parse} on broken updates and batches (truncated, with structural characters or
 * an empty key inserted) exits 0, 1 or 2, and its stderr never holds a stack trace; exit 2 is one
 * line on stderr and nothing on stdout. The readers' own fuzzing is in their modules. Seeded.
 */
class ParseCommandFuzzTest {
    private static final List<String> INPUTS = List.of("telegram/callback_query.json",
            "telegram/get_updates_batch.json", "telegram/my_chat_member_blocked.json", "vk/longpoll_updates.json",
            "vk/message_new_text_button.json", "vk/message_event_object_payload.json");
    private static final List<String> INSERTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\"\":", "\"\":[",
            "\"\":{", "\\", "\n");

    @Property(tries = 150, seed = "20261202")
    void brokenInputIsReportedInOneLineWithoutStackTrace(@ForAll("broken") Input input) {
        CliRun run = CliRun.withStdin(input.text(), "parse", "--platform", input.platform(), "-");

        assertThat(run.status()).isIn(0, 1, 2);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        if (run.status() == 2) {
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.out()).isEmpty();
        }
    }

    @Provide
    Arbitrary<Input> broken() {
        Arbitrary<String> file = Arbitraries.of(INPUTS);
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> insert = Arbitraries.of(INSERTS);
        return Combinators.combine(file, at, insert, Arbitraries.of(true, false)).as((name, f, s, truncate) -> {
            String text = read(name);
            int pos = (int) Math.floor(f * text.length());
            String broken = truncate ? text.substring(0, pos) : text.substring(0, pos) + s + text.substring(pos);
            return new Input(name.substring(0, name.indexOf('/')), broken,
                    name + (truncate ? " cut at " : " + " + s.replace("\n", "\\n") + " at ") + pos);
        });
    }

    /** One run's input, named by how it was made. */
    record Input(String platform, String text, String how) {
        @Override
        public String toString() {
            return how;
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(Path.of(CliRun.testUpdate(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
