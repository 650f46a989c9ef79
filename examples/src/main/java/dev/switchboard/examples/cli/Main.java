package dev.switchboard.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code switchboard} jar. Output is UTF-8 (layouts and platform JSON
 * carry non-ASCII labels); the process exits with the command's status: 0 valid (for
 * {@code parse}: every update read; for {@code send}: sent), 1 at least one ERROR (some update
 * skipped), 2 unusable input or a usage error ({@code send}: also a missing token), 3 for
 * {@code send} an API failure ({@code bot}: an update source failed). {@code send} and {@code bot}
 * read {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}, {@code VK_GROUP_TOKEN} and
 * {@code VK_API_URL} from the environment, {@code bot} also {@code VK_GROUP_ID}.
 */
public final class Main {
    private Main() {
    }

    /** Runs {@code switchboard} with the process's streams and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(new Cli(Platforms.builtIn(), System.getenv()).run(args, System.in, out, err));
    }
}
