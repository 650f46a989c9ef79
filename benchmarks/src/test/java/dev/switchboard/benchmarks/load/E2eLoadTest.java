package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link E2eLoad} briefly with every Telegram contender in its own JVM: 50 presses per phase
 * (warm-up, saturation, 50 % and 90 %), so about 1,000 presses in all, and checks what
 * {@link E2eRunContract} asks of every run.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class E2eLoadTest extends E2eRunContract {
    private static List<E2eLoad.Row> rows;

    @BeforeAll
    static void run() throws Exception {
        rows = run(E2eLoad.Platform.TELEGRAM, E2eLoad.TELEGRAM);
    }

    @Override
    List<E2eLoad.Row> rows() {
        return rows;
    }

    @Override
    List<String> contenderNames() {
        return List.of("Switchboard Bot, webhook", "Switchboard Bot, long polling",
                "TelegramBots 10.2.0 (Jackson + OkHttp client)", "java-telegram-bot-api 10.1.0", "limit: no SDK");
    }

    @Test
    void printsEveryRowAndTheRatios() {
        assertThat(table()).contains("| Switchboard Bot, webhook |", "| limit: no SDK |",
                "presses/s ÷ fastest peer", "presses/s ÷ limit", "p99 at 50 % load", "idle RSS");
    }
}
