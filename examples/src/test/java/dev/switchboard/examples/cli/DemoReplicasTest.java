package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code switchboard demo --replicas N}: the catalogue as N replicas on a loopback redis-server, the
 * polling one stopped midway; and the usage errors.
 */
@Timeout(60)
class DemoReplicasTest {
    private static final Pattern ANSWERED_ON = Pattern.compile(" {8}→ .*, by the (?:handler|runtime) on (replica-\\d)\\b.*");
    private static final Pattern STOPS = Pattern.compile("3\\. (replica-\\d) stops \\(Bot\\.stop\\(\\).*");
    private static final Pattern TAKES_OVER = Pattern.compile(
            " {8}· (replica-\\d) takes over polling Telegram: it took the lease telegram-123 \\(fencing token (\\d+)\\)");
    private static final Pattern GIVES_UP = Pattern.compile(
            " {8}· (replica-\\d) gives the lease telegram-123 up \\(fencing token (\\d+)\\)");

    /** One run of the replicas demo, shared: it takes seconds. */
    private static CliRun three;

    private static synchronized CliRun three() {
        if (three == null) {
            three = run("demo", "--replicas", "3");
        }
        return three;
    }

    @Test
    void replicasDemoExitsZeroAndEveryPressWasAnsweredInTime() {
        CliRun run = three();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines()).last().asString().matches("Totals: \\d+ updates, 10 presses, 10 answers, all "
                + "answered in time; \\d+ messages? sent, \\d+ edited, 0 sends refused\\.");
        assertThat(run.out()).contains("a real redis-server on loopback at 127.0.0.1:",
                "  replica-3: took ");
    }

    @Test
    void theTranscriptNamesAtLeastTwoReplicasAsTheOnesThatAnswered() {
        List<String> lines = three().outLines();

        Set<String> answeredOn = lines.stream().map(ANSWERED_ON::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).collect(Collectors.toSet());
        long answers = lines.stream().filter(line -> line.startsWith("        → ")).count();

        assertThat(answers).isEqualTo(10);
        assertThat(lines.stream().filter(line -> ANSWERED_ON.matcher(line).matches())).hasSize(10);
        assertThat(answeredOn).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void thePollerStopsAndTheReplicaThatTakesOverAnswersTheNextPressWithTheTokenTheStoppedOneStored() {
        List<String> lines = three().outLines();

        int stopsAt = indexOf(lines, STOPS);
        assertThat(stopsAt).as("the stop line").isNotNegative();
        String stopped = group(lines.get(stopsAt), STOPS);
        int takeoverAt = indexOf(lines, TAKES_OVER);
        assertThat(takeoverAt).as("the takeover line").isGreaterThan(stopsAt);
        String successor = group(lines.get(takeoverAt), TAKES_OVER);
        assertThat(successor).isNotEqualTo(stopped);
        int givesUpAt = indexOf(lines, GIVES_UP);
        assertThat(givesUpAt).as("the give-up line").isGreaterThan(stopsAt);
        assertThat(group(lines.get(givesUpAt), GIVES_UP)).isEqualTo(stopped);
        Matcher given = GIVES_UP.matcher(lines.get(givesUpAt));
        Matcher taken = TAKES_OVER.matcher(lines.get(takeoverAt));
        assertThat(given.matches() && taken.matches()).isTrue();
        assertThat(Long.parseLong(taken.group(2))).as("a later tenure has a higher fencing token")
                .isGreaterThan(Long.parseLong(given.group(2)));
        assertThat(lines.subList(stopsAt, lines.size())).contains(
                "        ✓ after the failover, the token " + stopped + " stored resolved on " + successor
                        + ": the payload store is in Redis");
        String firstAnswerAfter = lines.subList(takeoverAt, lines.size()).stream()
                .filter(line -> ANSWERED_ON.matcher(line).matches()).findFirst().orElseThrow();
        assertThat(group(firstAnswerAfter, ANSWERED_ON)).isEqualTo(successor);
        String lastAnswerBefore = lines.subList(0, stopsAt).stream()
                .filter(line -> ANSWERED_ON.matcher(line).matches()).reduce((a, b) -> b).orElseThrow();
        assertThat(group(lastAnswerBefore, ANSWERED_ON)).isEqualTo(stopped);
    }

    @Test
    void replicasOutsideTwoToFiveOrWithInteractiveExitTwo() {
        for (List<String> args : List.of(List.of("demo", "--replicas", "1"),
                List.of("demo", "--replicas", "6"),
                List.of("demo", "--replicas", "3", "--interactive"))) {
            CliRun run = run(args.toArray(String[]::new));

            assertThat(run.status()).as("%s", args).isEqualTo(2);
            assertThat(run.out()).as("%s", args).isEmpty();
        }
        assertThat(run("demo", "--replicas", "6").err()).isEqualTo("--replicas must be 2 to 5: 6\n");
        assertThat(run("demo", "--interactive", "--replicas", "2").err())
                .isEqualTo("--replicas runs the scripted catalogue demo; it cannot be combined with --interactive\n");
    }

    private static int indexOf(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String group(String line, Pattern pattern) {
        Matcher m = pattern.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return m.group(1);
    }
}
