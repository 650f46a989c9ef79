package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.KeyboardMemory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link KeyboardMemory} does; a subclass names the implementation. Uses real time, briefly. */
public abstract class KeyboardMemoryContract {
    private static final Duration DAY = Duration.ofDays(1);

    /** A fresh, empty memory. */
    protected abstract KeyboardMemory memory();

    @Test
    void mapsALabelOfTheLastKeyboardSentToAChat() {
        KeyboardMemory memory = memory();
        memory.rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("Tea", "pick:tea", "Coffee", "pick:coffee"), DAY);

        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Coffee")).contains("pick:coffee");
        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Milk")).isEmpty();
        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 71, "Tea")).isEmpty();
        assertThat(memory.textButtonPayload(PlatformId.VK, 70, "Tea")).isEmpty();
    }

    @Test
    void aNewKeyboardReplacesTheLastAndAnEmptyOneForgetsIt() {
        KeyboardMemory memory = memory();
        memory.rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("Tea", "pick:tea"), DAY);
        memory.rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("Juice", "pick:juice"), DAY);

        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Tea")).isEmpty();
        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Juice")).contains("pick:juice");

        memory.rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of(), DAY);

        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Juice")).isEmpty();
    }

    @Test
    void textButtonsAreForgottenAfterTheirAge() throws InterruptedException {
        KeyboardMemory memory = memory();
        memory.rememberTextButtons(PlatformId.TELEGRAM, 70, Map.of("Tea", "pick:tea"), Duration.ofMillis(100));

        Thread.sleep(250);

        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, 70, "Tea")).isEmpty();
    }

    @Test
    void remembersSentMessagesUntilTheirAge() throws InterruptedException {
        KeyboardMemory memory = memory();
        memory.rememberSent(PlatformId.VK, "2000000001/17", "{\"text\":\"Hi\"}", DAY);
        memory.rememberSent(PlatformId.VK, "2000000001/18", "short-lived", Duration.ofMillis(100));

        Thread.sleep(250);

        assertThat(memory.sent(PlatformId.VK, "2000000001/17")).contains("{\"text\":\"Hi\"}");
        assertThat(memory.sent(PlatformId.VK, "2000000001/18")).isEmpty();
        assertThat(memory.sent(PlatformId.TELEGRAM, "2000000001/17")).isEmpty();
    }

    @Test
    void labelsAndPayloadsKeepEveryCharacter() {
        KeyboardMemory memory = memory();
        memory.rememberTextButtons(PlatformId.TELEGRAM, -100123, Map.of("☕ Tea, \"hot\"", "pick:{\"a\":1}"), DAY);

        assertThat(memory.textButtonPayload(PlatformId.TELEGRAM, -100123, "☕ Tea, \"hot\"")).contains("pick:{\"a\":1}");
    }
}
