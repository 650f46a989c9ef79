package dev.switchboard.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One run of the CLI on in-memory streams: its exit status and everything it printed. */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        return withStdin("", args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return withEnv(Map.of(), stdin, args);
    }

    /** A run with {@code env} as the whole environment (tokens and API URLs for {@code send}). */
    static CliRun withEnv(Map<String, String> env, String stdin, String... args) {
        return withCharset(StandardCharsets.UTF_8, env, stdin, args);
    }

    /** A run whose stdout encodes to {@code charset} (what {@code demo} draws with depends on it). */
    static CliRun withCharset(Charset charset, Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Platforms.builtIn(), env, charset).run(args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The lines printed on stdout. */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** The lines printed on stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** The file system path of a test layout under {@code src/test/resources/layouts/}. */
    static String testLayout(String name) {
        URL url = CliRun.class.getResource("/layouts/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test layout " + name);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file system path of a test update under {@code src/test/resources/updates/}, e.g. {@code vk/group_join.json}. */
    static String testUpdate(String name) {
        URL url = CliRun.class.getResource("/updates/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test update " + name);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of a shipped sample layout under {@code examples/layouts/}. */
    static String sampleLayout(String name) {
        return Path.of("layouts", name).toString();
    }
}
