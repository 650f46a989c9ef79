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
                + "java.lang.IllegalStateException: reader bug near /bot123456:<redacted>/x");
        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        for (int i = 0; i + 8 <= secret.length(); i++) {
            assertThat(err.toString().replaceAll("\\s+", "")).doesNotContain(secret.substring(i, i + 8));
        }
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
