package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both fakes driven through {@link FakePlatform}, and the creation verbs kept for old callers. */
class FakePlatformTest {

    @Test
    void bothFakesQueueRawUpdatesAndReportThemPendingTheSameWay() {
        try (FakeTelegram telegram = FakeTelegram.open(); FakeVk vk = FakeVk.open()) {
            List<FakePlatform<?>> fakes = List.of(telegram, vk);
            for (FakePlatform<?> fake : fakes) {
                assertThat(fake.pendingUpdates()).isEmpty();
                assertThat(fake.actionTimeout(Duration.ofSeconds(3)).actionTimeout()).isEqualTo(Duration.ofSeconds(3));
            }
            long updateId = telegram.enqueue("{\"message\":{\"message_id\":1,\"chat\":{\"id\":7,\"type\":\"private\"},"
                    + "\"date\":0,\"text\":\"hi\"}}");
            long eventNumber = vk.enqueue("{\"group_id\":1,\"type\":\"message_new\",\"event_id\":\"e1\",\"v\":\"5.199\","
                    + "\"object\":{}}");
            assertThat(telegram.pendingUpdates()).singleElement()
                    .satisfies(update -> assertThat(update.path("update_id").asLong()).isEqualTo(updateId));
            assertThat(vk.pendingUpdates()).singleElement()
                    .satisfies(event -> assertThat(event.path("event_id").asText()).isEqualTo("e1"));
            assertThat(eventNumber).isEqualTo(1);
        }
    }

    @Test
    void enqueueRefusesWhatIsNotAJsonObject() {
        try (FakeTelegram telegram = FakeTelegram.open(); FakeVk vk = FakeVk.open()) {
            for (FakePlatform<?> fake : List.<FakePlatform<?>>of(telegram, vk)) {
                assertThatThrownBy(() -> fake.enqueue("[1]")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("update must be a JSON object: [1]");
                assertThatThrownBy(() -> fake.enqueue("}{")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("update is not JSON: }{");
            }
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedCreationVerbsStillStartAFake() {
        try (FakeTelegram created = FakeTelegram.create().start();
                FakeTelegram built = FakeTelegram.builder().build().start();
                FakeVk started = FakeVk.start()) {
            assertThat(List.of(created.apiUrl(), built.apiUrl(), started.apiUrl())).doesNotHaveDuplicates();
            assertThat(created.enqueueUpdate(TelegramUpdates.textMessage(7, "Ira", 1, "hi", 0))).isPositive();
            assertThat(created.pendingUpdates()).hasSize(1);
        }
    }
}
