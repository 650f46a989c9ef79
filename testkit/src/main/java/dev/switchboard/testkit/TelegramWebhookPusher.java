package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Pushes pending updates to the webhook one at a time, in order, as Telegram does: each update
 * is POSTed with the {@code X-Telegram-Bot-Api-Secret-Token} header and stays queued until the
 * bot answers 2xx. A refused update (any other status, or no answer) is pushed again after a
 * backoff that doubles from 50 ms up to 1 s, and nothing newer is pushed meanwhile.
 *
 * <p>Telegram itself keeps undelivered updates for 24 hours and gives up on one after "a reasonable
 * amount of attempts". The fake never drops one: within a test, a lost update would hide the very
 * bug a refusing bot should surface, and {@link FakeTelegram} shows the update as pending instead.
 */
final class TelegramWebhookPusher implements Runnable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final Duration FIRST_RETRY = Duration.ofMillis(50);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(1);
    private static final Duration IDLE = Duration.ofMillis(200);

    private final TelegramState state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;

    TelegramWebhookPusher(TelegramState state) {
        this.state = state;
    }

    void stop() {
        running = false;
    }

    /** The pause before attempt {@code failures + 1} of an update that was refused {@code failures} times. */
    static Duration backoff(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long millis = FIRST_RETRY.toMillis() << Math.min(failures - 1, 16);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
    }

    @Override
    public void run() {
        int failures = 0;
        long failing = -1;
        try {
            while (running) {
                Optional<ObjectNode> next = state.nextForWebhook(IDLE);
                Optional<TelegramState.Webhook> hook = state.webhook();
                if (next.isPresent() && hook.isPresent()) {
                    long updateId = next.get().get("update_id").asLong();
                    if (updateId != failing) {
                        failures = 0;
                    }
                    if (push(hook.get(), next.get())) {
                        state.delivered(updateId);
                        failures = 0;
                        failing = -1;
                    } else {
                        failing = updateId;
                        failures++;
                        Thread.sleep(backoff(failures).toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean push(TelegramState.Webhook hook, ObjectNode update) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (!hook.secret().isEmpty()) {
            request.header(SECRET_HEADER, hook.secret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
