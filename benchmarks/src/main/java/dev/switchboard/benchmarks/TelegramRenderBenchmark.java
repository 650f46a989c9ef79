package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.contenders.Baselines;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.PengradPeer;
import dev.switchboard.benchmarks.contenders.TelegramBotsPeer;
import dev.switchboard.core.keyboard.Keyboard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workloads 3 and 4 on Telegram: building and writing {@code reply_markup}. From the same plain
 * {@link KeyboardSpec}, each contender builds
 * its model and writes {@code reply_markup} (ours validates too, as it does before every send);
 * {@code validate} times our validator alone on the built keyboard.
 */
@State(Scope.Benchmark)
public class TelegramRenderBenchmark extends BenchmarkDefaults {
    @Param({"vote", "catalogue", "inline100"})
    public String keyboard;

    private KeyboardSpec spec;
    private Keyboard built;

    /** Picks the keyboard and proves all contenders write the same JSON for it. */
    @Setup
    public void setUp() {
        spec = KeyboardSpec.telegram(keyboard);
        built = Ours.keyboard(spec);
        Equivalence.telegramRender(spec);
        if (!Ours.validateTelegram(built).isValid()) {
            throw new IllegalStateException(keyboard + " is not valid on Telegram");
        }
    }

    /** Build, validate and write with {@code TelegramPlatform.keyboards()}. */
    @Benchmark
    public String ours() {
        return Ours.renderTelegram(spec);
    }

    /** TelegramBots {@code InlineKeyboardMarkup} written by Jackson. */
    @Benchmark
    public String telegramBots() {
        return TelegramBotsPeer.render(spec);
    }

    /** java-telegram-bot-api {@code InlineKeyboardMarkup} written by Gson. */
    @Benchmark
    public String pengrad() {
        return PengradPeer.render(spec);
    }

    /** A hand-written {@code JsonGenerator} straight from the spec. */
    @Benchmark
    public String baselineGenerator() {
        return Baselines.telegramMarkup(spec);
    }

    /** Workload 4: our validator alone, Telegram's rules. */
    @Benchmark
    public Object validate() {
        return Ours.validateTelegram(built);
    }
}
