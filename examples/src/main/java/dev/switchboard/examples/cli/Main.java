package dev.switchboard.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code switchboard} jar. Output is UTF-8 (layouts and platform JSON
 * carry non-ASCII labels); the process exits with the command's status: 0 valid (for
 * {@code parse}: every update read), 1 at least one ERROR (some update skipped), 2 unusable
 * input or a usage error.
 */
public final class Main {
    private Main() {
    }

    /** Runs {@code switchboard} with the process's streams and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(new Cli(Platforms.builtIn()).run(args, System.in, out, err));
    }
}
