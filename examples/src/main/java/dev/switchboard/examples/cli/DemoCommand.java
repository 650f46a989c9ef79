package dev.switchboard.examples.cli;

import dev.switchboard.core.PlatformId;
import dev.switchboard.examples.demo.DemoFailedException;
import dev.switchboard.examples.demo.Glyphs;
import dev.switchboard.examples.demo.InteractiveDemo;
import dev.switchboard.examples.demo.ReplicasDemo;
import dev.switchboard.examples.demo.ScriptedDemo;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard demo [--interactive] [--bot NAME] [--replicas N] [--platform telegram|vk|both] [--ascii]}:
 * the example bots against the testkit's fake Telegram and VK servers, in this process, with no
 * token and no network beyond loopback. Without {@code --interactive}, scripted users go through
 * every bot and a transcript ends with the fakes' totals; exit 0 when every step went as
 * scripted, 1 (reason on stderr) when one did not. With {@code --interactive}, a person plays
 * one bot on one platform from stdin. With {@code --replicas N}, the scripted catalogue runs as N replicas
 * sharing a redis-server on loopback, and the polling one stops midway. Keyboards are drawn with box drawing, or with ASCII when
 * stdout's charset cannot encode it or {@code --ascii} is given.
 */
@Command(name = "demo", sortOptions = false,
        description = "Runs the example bots on built-in fake Telegram and VK servers (no token needed) and prints "
                + "what happens, keyboards drawn as boxes; or lets you play with one bot (--interactive).",
        footer = {"",
            "Interactive mode: type /start to begin, a button's number to press it, any other text to send it; "
                    + "q or the end of input quits.",
            "",
            "With --replicas N (2 to 5): the catalogue bot runs as N replicas in this process sharing a real "
                    + "redis-server on loopback; the transcript says which replica answered each press, and the "
                    + "polling replica stops midway so that another takes over.",
            "",
            "Exit status: 0 every scripted step went as expected (interactive: after q); 1 a step failed "
                    + "(reason on stderr); 2 usage error; " + Cli.INTERNAL_ERROR_HELP})
final class DemoCommand implements Callable<Integer> {
    private final InputStream stdin;
    private final Charset charset;

    @Spec
    CommandSpec spec;

    @Option(names = "--interactive", description = "Play with one bot: type a button's number to press it.")
    boolean interactive;

    @Option(names = "--bot", paramLabel = "catalogue|menu|two-buttons",
            description = "With --interactive: the bot to play with (default: catalogue).")
    String bot;

    @Option(names = "--replicas", paramLabel = "N",
            description = "Run the catalogue as N replicas (2 to 5) sharing a redis-server on loopback; "
                    + "the polling one stops midway.")
    Integer replicas;

    @Option(names = "--platform", paramLabel = "telegram|vk|both",
            description = "The platforms (default: both; with --interactive: telegram).")
    String platform;

    @Option(names = "--ascii", description = "Draw with +-| instead of box drawing characters.")
    boolean ascii;

    DemoCommand(InputStream stdin, Charset charset) {
        this.stdin = stdin;
        this.charset = charset;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Glyphs glyphs = ascii ? Glyphs.ASCII : Glyphs.forCharset(charset);
        List<PlatformId> platforms = platforms(platform == null ? (interactive ? "telegram" : "both") : platform);
        if (platforms.isEmpty()) {
            err.println("unknown platform '" + platform + "'; choose telegram, vk" + (interactive ? "" : " or both"));
            return Cli.UNUSABLE;
        }
        if (replicas != null) {
            if (interactive) {
                err.println("--replicas runs the scripted catalogue demo; it cannot be combined with --interactive");
                return Cli.UNUSABLE;
            }
            if (replicas < ReplicasDemo.MIN_REPLICAS || replicas > ReplicasDemo.MAX_REPLICAS) {
                err.println("--replicas must be " + ReplicasDemo.MIN_REPLICAS + " to " + ReplicasDemo.MAX_REPLICAS
                        + ": " + replicas);
                return Cli.UNUSABLE;
            }
        }
        if (!interactive) {
            if (bot != null) {
                err.println("--bot needs --interactive (the scripted demo runs every bot)");
                return Cli.UNUSABLE;
            }
            return replicas != null ? replicated(replicas, platforms, out, err, glyphs)
                    : scripted(platforms, out, err, glyphs);
        }
        String name = bot == null ? InteractiveDemo.BOTS.get(0) : bot;
        if (!InteractiveDemo.BOTS.contains(name)) {
            err.println("unknown bot '" + name + "'; choose " + String.join(" or ", InteractiveDemo.BOTS));
            return Cli.UNUSABLE;
        }
        if (platforms.size() != 1) {
            err.println("--interactive plays on one platform: choose telegram or vk");
            return Cli.UNUSABLE;
        }
        InteractiveDemo.run(name, platforms.get(0), new BufferedReader(new InputStreamReader(stdin, charset)), out,
                glyphs);
        return Cli.VALID;
    }

    private static int scripted(List<PlatformId> platforms, PrintWriter out, PrintWriter err, Glyphs glyphs) {
        try {
            ScriptedDemo.run(platforms, out, glyphs);
            return Cli.VALID;
        } catch (DemoFailedException e) {
            out.flush();
            err.println("demo failed: " + e.getMessage());
            return Cli.DEMO_FAILED;
        }
    }

    private static int replicated(int count, List<PlatformId> platforms, PrintWriter out, PrintWriter err,
                                  Glyphs glyphs) {
        try {
            ReplicasDemo.run(count, platforms, out, glyphs);
            return Cli.VALID;
        } catch (DemoFailedException e) {
            out.flush();
            err.println("demo failed: " + e.getMessage());
            return Cli.DEMO_FAILED;
        }
    }

    private static List<PlatformId> platforms(String name) {
        return switch (name) {
            case "telegram" -> List.of(PlatformId.TELEGRAM);
            case "vk" -> List.of(PlatformId.VK);
            case "both" -> List.of(PlatformId.TELEGRAM, PlatformId.VK);
            default -> List.of();
        };
    }
}
