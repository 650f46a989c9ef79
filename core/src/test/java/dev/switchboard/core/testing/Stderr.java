package dev.switchboard.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** What code wrote to System.err, where the tests' slf4j-simple logs: for asserting on log lines. */
public final class Stderr {
    /**
     * A retry's log line as slf4j-simple prints it, the same on every platform: {@code [thread] WARN logger -
     * Telegram sendMessage attempt 1 failed (reason); retrying in 1000 ms}. Groups: logger, platform, method.
     */
    public static final Pattern RETRY_LINE = Pattern.compile(
            "\\[[^\\]]+\\] WARN (\\S+) - (Telegram|VK) (\\S+) attempt \\d+ failed \\(.+\\); retrying in \\d+ ms");

    private Stderr() {
    }

    /** Runs {@code action} and returns what it wrote to System.err, which still gets it too. */
    public static String of(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
                original.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        System.setErr(both);
        try {
            action.run();
        } finally {
            both.flush();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The lines of {@code text} that say a retry is coming, in the shared shape or an older one, whatever their level. */
    public static List<String> retryLines(String text) {
        return text.lines().filter(line -> line.contains("retrying") || line.contains("polling again")
                || line.contains("resuming in")).toList();
    }
}
