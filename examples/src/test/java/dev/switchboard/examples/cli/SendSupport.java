package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs of {@code switchboard send} with a token-leak check, and the request/fixture helpers its tests share. */
final class SendSupport {
    private SendSupport() {
    }

    /**
     * Runs {@code switchboard send ARGS} with {@code env} as the whole environment, and fails if
     * {@code token} (plain or URL-encoded) appears on the CLI's stdout or stderr or on
     * System.out/System.err meanwhile (where slf4j-simple logs); what was logged there is
     * passed on to System.err afterwards.
     */
    static CliRun send(String token, Map<String, String> env, String stdin, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "send";
        System.arraycopy(args, 0, line, 1, args.length);
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(logged, true, StandardCharsets.UTF_8);
        CliRun run;
        try {
            System.setOut(capture);
            System.setErr(capture);
            run = CliRun.withEnv(env, stdin, line);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        systemErr.print(log);
        String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
        assertThat(run.out() + run.err() + log).doesNotContain(token).doesNotContain(encoded);
        return run;
    }

    /** A form-encoded body ({@code a=1&b=2}) as decoded names and values, in order. */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** A test resource as UTF-8 text, such as {@code send/telegram/send_ok.json}. */
    static String fixture(String name) {
        try (InputStream in = SendSupport.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
