package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link E2eLoad} briefly with the three VK contenders (Switchboard on VK's Callback API,
 * vk-java-sdk, the limit): 50 presses per phase, about 600 presses in all, and checks what
 * {@link E2eRunContract} asks of every run: on VK an answer counts with its snackbar in its peer.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class E2eVkLoadTest extends E2eRunContract {
    private static List<E2eLoad.Row> rows;

    @BeforeAll
    static void run() throws Exception {
        rows = run(E2eLoad.Platform.VK, E2eLoad.VK);
    }

    @Override
    List<E2eLoad.Row> rows() {
        return rows;
    }

    @Override
    List<String> contenderNames() {
        return List.of("Switchboard Bot, VK Callback API", "vk-java-sdk 1.0.16 (Gson + Apache HttpClient)",
                "limit: no SDK, VK");
    }

    @Test
    void printsTheRatiosAgainstTheSdkAndTheLimit() {
        assertThat(table()).contains("| Switchboard Bot, VK Callback API |", "| limit: no SDK, VK |",
                "presses/s ÷ fastest peer (vk-java-sdk 1.0.16", "presses/s ÷ limit");
    }
}
