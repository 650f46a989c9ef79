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
     * {@code token} (plain or URL-encoded, or 8 characters of its secret part) appears on the
     * CLI's stdout or stderr or on System.out/System.err meanwhile (where slf4j-simple logs); what was logged there is
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
        String printed = run.out() + run.err() + log;
        assertThat(printed).doesNotContain(token).doesNotContain(encoded);
        assertNoFragment(printed, token);
        return run;
    }

    /**
     * Fails if {@code text} holds 8 consecutive characters of the token's secret part (after the
     * colon), also once blanks are taken out: a server may echo part of a token, or break it.
     */
    static void assertNoFragment(String text, String token) {
        String secret = token.substring(token.indexOf(':') + 1);
        String unbroken = text.replaceAll("\\s+", "");
        for (int i = 0; i + 8 <= secret.length(); i++) {
            String fragment = secret.substring(i, i + 8);
            assertThat(text.contains(fragment) || unbroken.contains(fragment))
                    .as("characters %d..%d of the token were printed", i, i + 8).isFalse();
        }
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
