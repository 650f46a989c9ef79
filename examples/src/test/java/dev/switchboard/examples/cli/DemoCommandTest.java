package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code switchboard demo}: the scripted transcript and its totals, the platform choice, interactive play. */
@Timeout(60)
class DemoCommandTest {
    private static final String TOKEN = "~s:[A-Za-z0-9_-]{12}";
    private static final Pattern TOTALS = Pattern.compile("Totals: (\\d+) updates?, (\\d+) press(?:es)?, "
            + "(\\d+) answers?, all answered in time; (\\d+) messages? sent, (\\d+) edited, (\\d+) sends? refused\\.");

    /** One run of the whole demo, shared: it takes seconds. */
    private static CliRun both;

    private static synchronized CliRun both() {
        if (both == null) {
            both = run("demo");
        }
        return both;
    }

    @Test
    void scriptedDemoExitsZeroAndItsTotalsAreWhatTheTranscriptShowsHappening() {
        CliRun run = both();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Totals totals = Totals.of(run);
        Shown shown = Shown.in(run);
        assertThat(totals.presses()).isEqualTo(shown.presses()).isEqualTo(2 * 9);
        assertThat(totals.answers()).isEqualTo(shown.answers()).isEqualTo(totals.presses());
        assertThat(totals.updates()).isEqualTo(shown.userSends() + shown.presses() + shown.blocks());
        assertThat(totals.sent()).isEqualTo(shown.botSends());
        assertThat(totals.edited()).isEqualTo(shown.botEdits());
        assertThat(totals.refused()).isEqualTo(shown.refusals()).isEqualTo(2);
    }

    @Test
    void theTranscriptShowsAStoredPayloadTheRuntimesDeadlineAndABlockedUser() {
        CliRun run = both();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "── Telegram ──", "── VK ──",
                "│ Button 1 │ │ Button 2 │",
                "→ toast \"You pressed Button 1\", by the handler",
                "by the runtime: a double tap (the same press within the duplicate window)",
                "[Reserve] went out as ~s:",
                ": its payload is 73 bytes, over Telegram's 64, so the bot stored it",
                " resolved: the handler got reserve:14:item-14-a-fine-thing-number-14-of-60-from-the-spring-catalogue",
                "· the catalogue's menu fits Telegram: 12 items a page, 5 pages (the same 60 items)",
                "· the catalogue's menu fits VK: 8 items a page, 8 pages (the same 60 items)",
                "→ toast \"This catalogue has changed: here it is as it is now.\", by the handler",
                "→ none (the spinner stops), by the runtime at the deadline, the handler still running",
                "In stock: 3",
                "✓ the bot saw it: Nina is no longer a subscriber",
                "✗ Telegram sendMessage failed with 403: Forbidden: bot was blocked by the user",
                "✗ VK messages.send failed with 901");
        assertThat(run.outLines()).last().asString().startsWith("Totals: ");
    }

    @Test
    void theReadmeTranscriptIsARealRunTrimmed() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("$ ./switchboard demo\n");
        assertThat(start).as("the README shows a demo run").isPositive();
        List<String> shown = readme.substring(start, readme.indexOf("```", start)).lines().skip(1)
                .filter(line -> !line.equals("[…]")).toList();
        List<String> real = both().outLines();

        int at = 0;
        for (String line : shown) {
            Pattern pattern = anyToken(line);
            while (at < real.size() && !pattern.matcher(real.get(at)).matches()) {
                at++;
            }
            assertThat(at).as("README line, in order: %s", line).isLessThan(real.size());
            at++;
        }
    }

    @Test
    void platformVkShowsOnlyVk() {
        CliRun run = run("demo", "--platform", "vk");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("── VK ──", "Masha", "✗ VK messages.send failed with 901")
                .doesNotContain("Telegram", "Ira", "~s:");
        assertThat(Totals.of(run).presses()).isEqualTo(Shown.in(run).presses()).isEqualTo(9);
    }

    @Test
    void asciiDrawsWithPlusMinusAndBarAndPrintsNothingElseOutsideAscii() {
        CliRun run = run("demo", "--platform", "telegram", "--ascii");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\p{ASCII}*").contains(
                "+----------+ +----------+",
                "| Button 1 | | Button 2 |",
                "  Oleg presses [>]",
                "-> toast \"You pressed Button 1\", by the handler");
    }

    @Test
    void anOutputThatCannotEncodeBoxDrawingGetsAscii() {
        CliRun run = CliRun.withCharset(StandardCharsets.US_ASCII, Map.of(), "", "demo", "--platform", "telegram");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\p{ASCII}*").contains("| Button 1 | | Button 2 |");
    }

    @Test
    void interactivePlaysTheChosenBotWithNumberedButtons() {
        CliRun run = withStdin("/start\n1\nq\n", "demo", "--interactive", "--bot", "two-buttons");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "The two-buttons bot on a fake Telegram server",
                "You › /start",
                "│ [1] Button 1 │ │ [2] Button 2 │",
                "You press [Button 1]",
                "→ toast \"You pressed Button 1\", by the handler",
                "bot edits › You pressed Button 1");
        assertThat(run.outLines()).last().asString().isEqualTo("Bye.");
    }

    @Test
    void interactiveDefaultsToTheCatalogueAndEndsAtTheEndOfInput() {
        CliRun run = withStdin("/start\n9\n", "demo", "--interactive", "--platform", "vk");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("The catalogue bot on a fake VK server", "Page 1 of 8", "[9] › ",
                "You press [›]", "bot edits › Catalogue", "Page 2 of 8");
        assertThat(run.outLines()).last().asString().isEqualTo("Bye.");
    }

    @Test
    void interactiveSaysSoWhenThereIsNoSuchButton() {
        CliRun run = withStdin("/start\n42\nq\n", "demo", "--interactive", "--bot", "two-buttons");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("✗ there is no button 42; type 1 to 2, or some text to send it");
    }

    @Test
    void interactiveButtonNumbersStandApartFromLabelsThatHoldNumbers() {
        CliRun run = withStdin("/start\n13\n3\nq\n", "demo", "--interactive", "--bot", "catalogue");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Page 2 of 5", "│ [3] Item 15  │ │ [4] Item 16  │",
                "You press [Item 15]").doesNotContain("3 Item 15");
    }

    @Test
    void interactiveHintsWhenThereIsNothingToPressYetAndSendsNothing() {
        CliRun run = withStdin("1\nq\n", "demo", "--interactive", "--bot", "two-buttons");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("· nothing to press yet: the bot has shown no buttons; type /start first "
                + "(a button's number presses it once there are some)").doesNotContain("You › 1");
    }

    @Test
    void interactiveRedrawsTheCurrentKeyboardAfterEachAnswer() {
        CliRun run = withStdin("/start\n1\n2\nq\n", "demo", "--interactive", "--bot", "two-buttons");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        String buttons = "        │ [1] Button 1 │ │ [2] Button 2 │";
        int second = 0;
        while (second < lines.size() && !lines.get(second).endsWith("You press [Button 2]")) {
            second++;
        }
        assertThat(second).as("the line of the second press").isLessThan(lines.size());
        // drawn with /start, then under each answer: after pressing 1 (before pressing 2) and after pressing 2
        assertThat(lines.subList(0, second)).filteredOn(buttons::equals).hasSize(2);
        assertThat(lines.subList(second, lines.size())).filteredOn(buttons::equals).hasSize(1);
        int last = lines.lastIndexOf(buttons);
        assertThat(lines.get(last - 2)).isEqualTo("        buttons now:");
        assertThat(lines.subList(second, last)).anyMatch(line -> line.contains("→ toast \"You pressed Button 2\""));
    }

    @Test
    void usageErrorsExitTwo() {
        for (List<String> args : List.of(List.of("demo", "--platform", "whatsapp"),
                List.of("demo", "--interactive", "--platform", "both"),
                List.of("demo", "--bot", "catalogue"),
                List.of("demo", "--interactive", "--bot", "membership"))) {
            CliRun run = run(args.toArray(String[]::new));

            assertThat(run.status()).as("%s", args).isEqualTo(2);
            assertThat(run.out()).as("%s", args).isEmpty();
            assertThat(run.err()).as("%s", args).isNotEmpty();
        }
    }

    @Test
    void helpNamesTheOptionsAndExitStatuses() {
        CliRun run = run("demo", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: switchboard demo")
                .contains("--interactive", "--bot", "--platform", "--ascii", "Exit status: 0");
    }

    /** {@code line} as a pattern in which each payload token ({@code ~s:} and 12 characters) matches any token. */
    private static Pattern anyToken(String line) {
        return Pattern.compile(Arrays.stream(line.split(TOKEN, -1)).map(Pattern::quote)
                .collect(Collectors.joining(TOKEN)));
    }

    /** The totals line, parsed. */
    private record Totals(int updates, int presses, int answers, int sent, int edited, int refused) {
        static Totals of(CliRun run) {
            String last = run.outLines().get(run.outLines().size() - 1);
            Matcher m = TOTALS.matcher(last);
            assertThat(m.matches()).as(last).isTrue();
            return new Totals(n(m, 1), n(m, 2), n(m, 3), n(m, 4), n(m, 5), n(m, 6));
        }

        private static int n(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }

    /** What the transcript shows happening, counted line by line. */
    private record Shown(int userSends, int presses, int blocks, int answers, int botSends, int botEdits,
                         int refusals) {
        static Shown in(CliRun run) {
            List<String> lines = run.outLines();
            return new Shown(count(lines, "  (?!bot )\\S+ › .*"), count(lines, "  \\S+ presses \\[.*"),
                    count(lines, "  \\S+ blocks the bot"), count(lines, " {8}→ .*"), count(lines, "  bot › .*"),
                    count(lines, "  bot edits › .*"), count(lines, " {8}✗ .*"));
        }

        private static int count(List<String> lines, String regex) {
            return (int) lines.stream().filter(line -> line.matches(regex)).count();
        }
    }
}
