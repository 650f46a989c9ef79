package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.bot.SwitchboardListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.EventRecordingLogger;
import org.slf4j.event.Level;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.SubstituteLogger;

class ListenerGroupTest {
    private final List<String> heard = new ArrayList<>();

    @Test
    void everyListenerHearsEachCallInTheOrderAdded() {
        ListenerGroup group = ListenerGroup.of(named("first"));
        group.add(named("second"));

        group.retrying(PlatformId.VK, "messages.send", 1, Duration.ofSeconds(1), "error 6");
        group.keyboardDegraded(PlatformId.VK, 7);

        assertThat(heard).containsExactly("first retrying messages.send", "second retrying messages.send",
                "first degraded 7", "second degraded 7");
    }

    @Test
    void aLoggedRetryIsOneWarnLineInTheSharedShapeAndIsReportedToo() {
        Queue<SubstituteLoggingEvent> events = new ArrayDeque<>();
        Logger log = new EventRecordingLogger(new SubstituteLogger("adapter", events, false), events);
        ListenerGroup group = ListenerGroup.of(named("first"));

        group.retrying(log, PlatformId.TELEGRAM, "sendMessage", 2, Duration.ofMillis(1500), "429 Too Many Requests");
        group.retrying(log, PlatformId.VK, "messages.send", 1, Duration.ofMillis(5), "VK error 6: Too many requests");

        assertThat(events).extracting(SubstituteLoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
        assertThat(events).extracting(e -> MessageFormatter.arrayFormat(e.getMessage(), e.getArgumentArray())
                .getMessage()).containsExactly(
                        "Telegram sendMessage attempt 2 failed (429 Too Many Requests); retrying in 1500 ms",
                        "VK messages.send attempt 1 failed (VK error 6: Too many requests); retrying in 5 ms");
        assertThat(heard).containsExactly("first retrying sendMessage", "first retrying messages.send");
    }

    @Test
    void aThrowingListenerKeepsNeitherTheCallerNorTheOthersFromGoingOn() {
        ListenerGroup group = ListenerGroup.of(new SwitchboardListener() {
            @Override
            public void webhookRejected(PlatformId platform, int status, String reason) {
                throw new IllegalStateException("metrics down");
            }
        });
        group.add(named("second"));

        group.webhookRejected(PlatformId.TELEGRAM, 401, "wrong secret");

        assertThat(heard).containsExactly("second rejected 401");
    }

    @Test
    void theMetricHooksReachEveryListenerToo() {
        ListenerGroup group = ListenerGroup.of(named("first"));
        group.add(named("second"));

        group.apiCalled(PlatformId.TELEGRAM, "sendMessage", ApiCallOutcome.SUCCESS, Duration.ofMillis(30));
        group.rateLimited(PlatformId.VK, "messages.send");

        assertThat(heard).containsExactly("first called sendMessage SUCCESS", "second called sendMessage SUCCESS",
                "first rateLimited messages.send", "second rateLimited messages.send");
    }

    @Test
    void refusesNullListeners() {
        assertThatThrownBy(() -> ListenerGroup.of(null)).isInstanceOf(NullPointerException.class).hasMessage("listener");
        assertThatThrownBy(() -> ListenerGroup.of(SwitchboardListener.NONE).add(null))
                .isInstanceOf(NullPointerException.class);
    }

    private SwitchboardListener named(String name) {
        return new SwitchboardListener() {
            @Override
            public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
                heard.add(name + " retrying " + method);
            }

            @Override
            public void keyboardDegraded(PlatformId platform, long userId) {
                heard.add(name + " degraded " + userId);
            }

            @Override
            public void webhookRejected(PlatformId platform, int status, String reason) {
                heard.add(name + " rejected " + status);
            }

            @Override
            public void apiCalled(PlatformId platform, String method, ApiCallOutcome outcome, Duration took) {
                heard.add(name + " called " + method + " " + outcome);
            }

            @Override
            public void rateLimited(PlatformId platform, String method) {
                heard.add(name + " rateLimited " + method);
            }
        };
    }
}
