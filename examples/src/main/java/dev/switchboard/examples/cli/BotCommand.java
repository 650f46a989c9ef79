package dev.switchboard.examples.cli;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.SourceFailedException;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.Redaction;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.examples.bots.CatalogueBot;
import dev.switchboard.examples.bots.MembershipBot;
import dev.switchboard.examples.bots.MenuBot;
import dev.switchboard.examples.bots.TwoButtonsBot;
import dev.switchboard.redis.RedisState;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard bot two-buttons|catalogue|membership}: runs one of the example bots of
 * {@link dev.switchboard.examples.bots} on every platform whose token is set, until interrupted.
 * Telegram needs {@code TELEGRAM_BOT_TOKEN} ({@code TELEGRAM_API_URL} optional); VK needs
 * {@code VK_GROUP_TOKEN} and {@code VK_GROUP_ID} ({@code VK_API_URL} optional). A platform whose
 * token is not set is skipped with a line on stderr ({@code telegram: TELEGRAM_BOT_TOKEN is not
 * set; skipping}). Each update source resumes from its checkpoint in the state directory
 * ({@code --state-dir}, {@code SWITCHBOARD_STATE_DIR}, {@code $XDG_STATE_HOME/switchboard} or
 * {@code ~/.local/state/switchboard}), so a restart neither loses nor repeats updates. With
 * {@code SWITCHBOARD_REDIS_URL} set, all of the bot's state is kept in that Redis instead
 * ({@code Bot.Builder.sharedState}), so several processes with the same tokens act as one bot: one
 * of them long-polls each platform while the others stand by and take over when it dies. Ctrl-C stops the bot cleanly: a shutdown hook calls {@link Bot#stop()}, which
 * lets running handlers finish and answers open presses.
 *
 * <p>Exit status: 0 when the bot stopped without Ctrl-C (its sources ended, or the running thread
 * was interrupted); after Ctrl-C the JVM ends the process itself, with 130 from the signal, once
 * the hook has stopped the bot; 2 unknown bot, no platform to run on, or a malformed variable; 3
 * a platform refused the token or could not be reached at start-up (one line {@code cannot start: …},
 * within seconds: the bot checks each platform once before it polls), or an update source failed
 * later, with the reason on stderr, tokens redacted.
 */
@Command(name = "bot", sortOptions = false,
        description = "Runs an example bot on Telegram and VK at once, until interrupted (Ctrl-C).",
        footer = {"",
            "Bots:",
            "  two-buttons  /start sends two buttons; a press edits the message to say which.",
            "  catalogue    60 items on a menu (12 a page on Telegram, 8 on VK) with item screens; an item can be reserved",
            "               (a payload over Telegram's 64 bytes, kept in a payload store) and its stock checked",
            "               (10 s, past Telegram's answer deadline: the runtime answers the press meanwhile).",
            "  menu         a tea shop of nested menus (teas a page at a time, a cart per user) and today's picks",
            "               as cards: a VK carousel where the app shows one, text and buttons elsewhere.",
            "  membership   tracks who has not blocked the bot; announces new group admins.",
            "",
            "To try them without a token: switchboard demo (or demo --interactive).",
            "",
            "Environment (a platform whose token is not set is skipped):",
            "  TELEGRAM_BOT_TOKEN  Telegram bot token (from BotFather).",
            "  TELEGRAM_API_URL    Bot API base URL (default https://api.telegram.org).",
            "  VK_GROUP_TOKEN      VK community access token.",
            "  VK_GROUP_ID         VK community id (needed with VK_GROUP_TOKEN).",
            "  VK_API_URL          VK API base URL (default https://api.vk.com/method/).",
            "  SWITCHBOARD_STATE_DIR  checkpoint directory (see --state-dir).",
            "  SWITCHBOARD_REDIS_URL  redis://[:password@]host:port[/db]: keep all state in Redis instead, so several",
            "                         processes with the same token act as one bot (one polls, the others stand by).",
            "  SWITCHBOARD_REDIS_NAMESPACE  key prefix in Redis (default switchboard); one per bot.",
            "",
            "Exit status: 130 after Ctrl-C (the bot stopped cleanly first); 0 stopped otherwise; 2 unknown bot, "
                    + "no platform configured or a malformed variable; 3 a platform refused the token or could not be "
                    + "reached at start-up, or an update source failed (reason on stderr, token redacted); "
                    + Cli.INTERNAL_ERROR_HELP})
final class BotCommand implements Callable<Integer> {
    /** The variable naming the checkpoint directory when {@code --state-dir} is not given. */
    static final String STATE_DIR_VARIABLE = "SWITCHBOARD_STATE_DIR";
    /** The variable naming a Redis server that holds the bot's state instead of the state directory. */
    static final String REDIS_URL_VARIABLE = "SWITCHBOARD_REDIS_URL";
    /** The variable naming the key prefix in Redis. */
    static final String REDIS_NAMESPACE_VARIABLE = "SWITCHBOARD_REDIS_NAMESPACE";
    /** The bots by name, in help order. */
    static final Map<String, Function<List<BotPlatform>, Bot.Builder>> BOTS = bots();

    private final Platforms platforms;
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "two-buttons|catalogue|membership", description = "The bot to run.")
    String name;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where each update source keeps its "
            + "checkpoint (one small file per bot and platform), so a restart resumes without losing or repeating "
            + "updates. Default: $SWITCHBOARD_STATE_DIR, else $XDG_STATE_HOME/switchboard, else "
            + "~/.local/state/switchboard.")
    Path stateDir;

    BotCommand(Platforms platforms, Map<String, String> env) {
        this.platforms = platforms;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Function<List<BotPlatform>, Bot.Builder> factory = BOTS.get(name);
        if (factory == null) {
            err.println("unknown bot '" + name + "'; choose " + String.join(", ", BOTS.keySet()));
            return Cli.UNUSABLE;
        }
        List<BotPlatform> configured = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String platform : platforms.names()) {
            Connector connector = platforms.connector(platform).orElseThrow();
            String token = env.get(connector.tokenVariable());
            if (token == null || token.isEmpty()) {
                err.println(platform + ": " + connector.tokenVariable() + " is not set; skipping");
                continue;
            }
            tokens.add(token);
            try {
                String url = env.get(connector.apiUrlVariable());
                Optional<URI> apiUrl = url == null || url.isEmpty() ? Optional.empty()
                        : Optional.of(Connector.apiUrl(connector.apiUrlVariable(), url));
                configured.add(connector.bot().platform(token, apiUrl, env));
            } catch (UnusableInputException e) {
                err.println(redact(e.getMessage(), tokens));
                return Cli.UNUSABLE;
            } catch (IllegalArgumentException e) {
                err.println(platform + ": " + connector.tokenVariable() + ": " + redact(e.getMessage(), tokens));
                return Cli.UNUSABLE;
            }
        }
        if (configured.isEmpty()) {
            err.println("no platform to run on: set TELEGRAM_BOT_TOKEN, or VK_GROUP_TOKEN and VK_GROUP_ID");
            return Cli.UNUSABLE;
        }
        Optional<String> redisUrl = Optional.ofNullable(env.get(REDIS_URL_VARIABLE)).filter(url -> !url.isEmpty());
        if (redisUrl.isEmpty()) {
            Path states = stateDirectory();
            return run(factory.apply(configured).checkpoints(CheckpointStore.inDirectory(states)),
                    configured, tokens, "checkpoints in " + states);
        }
        RedisState redis;
        try {
            redis = RedisState.builder(redisUrl.get())
                    .namespace(env.getOrDefault(REDIS_NAMESPACE_VARIABLE, RedisState.DEFAULT_NAMESPACE)).build();
        } catch (IllegalArgumentException e) {
            err.println(REDIS_URL_VARIABLE + ": " + e.getMessage());
            return Cli.UNUSABLE;
        } catch (StateStoreException e) {
            err.println("cannot start: " + e.getMessage());
            return Cli.API_FAILURE;
        }
        try (redis) {
            Bot.Builder builder = factory.apply(configured).sharedState(redis);
            return run(builder, configured, tokens, "state in " + redis);
        }
    }

    /** Builds and runs the bot until it stops; the exit status. */
    private int run(Bot.Builder builder, List<BotPlatform> configured, List<String> tokens, String where) {
        PrintWriter err = spec.commandLine().getErr();
        Bot bot = builder.build();
        spec.commandLine().getOut().println("running " + name + " on "
                + String.join(", ", configured.stream().map(p -> p.id().value()).toList()) + "; Ctrl-C stops it;"
                + " " + where);
        spec.commandLine().getOut().flush();
        err.flush();
        Thread hook = new Thread(bot::stop, "switchboard-bot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.run();
        } catch (SourceFailedException e) {
            err.println(redact(e.getMessage(), tokens));
            return Cli.API_FAILURE;
        } catch (PlatformApiException | TransportException e) {
            // The start-up check (getMe, groups.getById) refused the token or could not reach the API.
            err.println("cannot start: " + redact(e.getMessage(), tokens));
            return Cli.API_FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is exiting after Ctrl-C
            }
        }
        return Cli.VALID;
    }

    /** {@code --state-dir}, else {@code SWITCHBOARD_STATE_DIR}, else {@code $XDG_STATE_HOME/switchboard}, else {@code ~/.local/state/switchboard}. */
    private Path stateDirectory() {
        if (stateDir != null) {
            return stateDir;
        }
        String variable = env.get(STATE_DIR_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return Path.of(variable);
        }
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
        return base.resolve("switchboard");
    }

    private static String redact(String message, List<String> tokens) {
        String redacted = String.valueOf(message);
        for (String token : tokens) {
            redacted = Redaction.redact(redacted, token);
        }
        return redacted;
    }

    private static Map<String, Function<List<BotPlatform>, Bot.Builder>> bots() {
        Map<String, Function<List<BotPlatform>, Bot.Builder>> bots = new LinkedHashMap<>();
        bots.put("two-buttons", TwoButtonsBot::builder);
        bots.put("catalogue", CatalogueBot::builder);
        bots.put("menu", MenuBot::builder);
        bots.put("membership", platforms -> new MembershipBot().builder(platforms));
        return Collections.unmodifiableMap(bots);
    }
}
