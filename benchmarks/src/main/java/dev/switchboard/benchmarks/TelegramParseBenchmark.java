package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.contenders.Baselines;
import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.PengradPeer;
import dev.switchboard.benchmarks.contenders.TelegramBotsPeer;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 1: parse the Telegram corpus (12 updates: presses with full messages and keyboards,
 * texts, {@code my_chat_member}, a 100-button keyboard echo, an unknown type). One operation is
 * one update, so scores and {@code gc.alloc.rate.norm} are per update.
 */
@State(Scope.Benchmark)
public class TelegramParseBenchmark extends BenchmarkDefaults {
    private byte[][] bytes;
    private String[] texts;

    /** Loads the corpus and proves all contenders agree on every update. */
    @Setup
    public void setUp() {
        bytes = Corpus.telegram().toArray(new byte[0][]);
        texts = new String[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            texts[i] = new String(bytes[i], StandardCharsets.UTF_8);
            Equivalence.telegramParse(bytes[i]);
        }
    }

    /** {@code TelegramPlatform.updates().read(bytes)}. */
    @Benchmark
    @OperationsPerInvocation(Corpus.TELEGRAM_SIZE)
    public void ours(Blackhole hole) {
        for (byte[] update : bytes) {
            hole.consume(Ours.parseTelegram(update));
        }
    }

    /** TelegramBots: {@code ObjectMapper.readValue(bytes, Update.class)}. */
    @Benchmark
    @OperationsPerInvocation(Corpus.TELEGRAM_SIZE)
    public void telegramBots(Blackhole hole) {
        for (byte[] update : bytes) {
            hole.consume(TelegramBotsPeer.parse(update));
        }
    }

    /** java-telegram-bot-api: {@code BotUtils.parseUpdate(text)}. */
    @Benchmark
    @OperationsPerInvocation(Corpus.TELEGRAM_SIZE)
    public void pengrad(Blackhole hole) {
        for (String update : texts) {
            hole.consume(PengradPeer.parse(update));
        }
    }

    /** Jackson's tokeniser alone over the same bytes. */
    @Benchmark
    @OperationsPerInvocation(Corpus.TELEGRAM_SIZE)
    public void baselineTokenise(Blackhole hole) {
        for (byte[] update : bytes) {
            hole.consume(Baselines.tokenise(update));
        }
    }
}
