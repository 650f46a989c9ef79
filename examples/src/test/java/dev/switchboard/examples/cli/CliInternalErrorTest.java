package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardWriter;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliInternalErrorTest {
    private static final String TOKEN = "123456:TEST-TOKEN-must-not-leak";

    @Test
    void anExceptionNoCommandHandledIsOneLineWithoutStackTraceOrToken() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = new Cli(withTelegramReader(new BrokenReader()), Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).run(
                new String[] {"parse", "--platform", "telegram", "-"},
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err));

        assertThat(status).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly("switchboard parse: internal error: "
                + "java.lang.IllegalStateException: reader bug near /bot123456:<redacted>/x; this is a bug in "
                + "switchboard; rerun with SWITCHBOARD_DEBUG=1 for the stack trace and report it");
        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        for (int i = 0; i + 8 <= secret.length(); i++) {
            assertThat(err.toString().replaceAll("\\s+", "")).doesNotContain(secret.substring(i, i + 8));
        }
    }

    @Test
    void outOfMemoryExitsWithItsOwnStatusAndOneLineSayingHowToGiveTheJvmMoreHeap() {
        CliRun run = parse(new FailingReader(new OutOfMemoryError("Java heap space")), Map.of());

        assertThat(run.status()).isEqualTo(70).isNotEqualTo(Cli.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("switchboard parse: internal error: java.lang.OutOfMemoryError: "
                + "Java heap space; the JVM ran out of memory; give it more, e.g. JDK_JAVA_OPTIONS=-Xmx2g");
    }

    @Test
    void anErrorPicocliLetsThroughIsStillOneLineWithTheBugHint() {
        CliRun run = parse(new FailingReader(new StackOverflowError()), Map.of());

        assertThat(run.status()).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(run.errLines()).containsExactly("switchboard parse: internal error: java.lang.StackOverflowError; "
                + "this is a bug in switchboard; rerun with SWITCHBOARD_DEBUG=1 for the stack trace and report it");
    }

    @Test
    void switchboardDebugAddsTheRedactedStackTraceUnderTheLine() {
        CliRun run = parse(new FailingReader(new IllegalStateException("bug near " + TOKEN)),
                Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "SWITCHBOARD_DEBUG", "1"));

        assertThat(run.status()).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(run.errLines().get(0)).startsWith(
                "switchboard parse: internal error: java.lang.IllegalStateException: bug near <redacted>; this is a bug");
        assertThat(run.errLines().get(1)).isEqualTo("java.lang.IllegalStateException: bug near <redacted>");
        assertThat(run.errLines().get(2)).startsWith("\tat dev.switchboard.examples.cli.CliInternalErrorTest.");
        assertThat(run.err()).doesNotContain("TEST-TOKEN");
    }

    @Test
    void withoutSwitchboardDebugThereIsNoStackTrace() {
        CliRun run = parse(new FailingReader(new IllegalStateException("bug")), Map.of("SWITCHBOARD_DEBUG", "0"));

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void everyCommandsHelpNamesTheInternalErrorStatus() {
        for (String command : List.of("validate", "render", "parse", "send", "bot", "demo", "serve")) {
            CliRun run = CliRun.run(command, "--help");

            assertThat(run.status()).as(command).isZero();
            assertThat(run.out().replaceAll("\\s+", " ")).as(command)
                    .contains("Exit status: ")
                    .contains("70 an internal error (a bug, or out of memory): one line on stderr with a hint, no "
                            + "stack trace unless SWITCHBOARD_DEBUG=1.");
        }
        assertThat(CliRun.run("--help").out().replaceAll("\\s+", " ")).contains("for every command: 70 an internal error");
    }

    private static CliRun parse(UpdateReader reader, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(withTelegramReader(reader), env).run(new String[] {"parse", "--platform", "telegram", "-"},
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    private static Platforms withTelegramReader(UpdateReader reader) {
        Platforms builtIn = Platforms.builtIn();
        Map<String, UpdateReader> readers = new LinkedHashMap<>();
        Map<String, KeyboardWriter> writers = new LinkedHashMap<>();
        Map<String, Connector> connectors = new LinkedHashMap<>();
        for (String name : builtIn.names()) {
            readers.put(name, name.equals("telegram") ? reader : builtIn.reader(name).orElseThrow());
            writers.put(name, builtIn.writer(name).orElseThrow());
            connectors.put(name, builtIn.connector(name).orElseThrow());
        }
        return new Platforms(writers, readers, connectors);
    }

    /** A reader that throws {@code failure}, as a bug or an exhausted JVM would. */
    private static final class FailingReader implements UpdateReader {
        private final Throwable failure;

        FailingReader(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Update read(byte[] utf8) {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }

        @Override
        public Update read(String json) {
            return read(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public UpdateBatch readBatch(byte[] utf8) {
            throw new IllegalStateException("not a batch");
        }
    }

    /** A reader with a bug: it throws what no reader may, its message echoing the token across a line break. */
    private static final class BrokenReader implements UpdateReader {
        @Override
        public Update read(byte[] utf8) {
            throw new IllegalStateException("reader bug near /bot123456:TEST-TOKEN-\nmust-not-leak/x");
        }

        @Override
        public Update read(String json) {
            return read(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public UpdateBatch readBatch(byte[] utf8) {
            throw new IllegalStateException("reader bug");
        }
    }
}
