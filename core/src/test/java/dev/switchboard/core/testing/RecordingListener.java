package dev.switchboard.core.testing;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.AutoAnswerReason;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every listener call, in order, as a short line in {@link #events} (such as
 * {@code autoAnswered q1 DEADLINE} or {@code retrying getUpdates after attempt 1}), and the
 * adapters' calls also as values in the typed lists. Each text and exception an adapter hands
 * over is first checked for {@link TokenLeakCheck#TOKEN}. Thread-safe.
 */
public final class RecordingListener implements SwitchboardListener {
    /** A {@code retrying} call. */
    public record Retry(String method, int attempt, Duration delay, String reason) {
    }

    /** An {@code updateFailed} call. */
    public record Failed(Update update, RuntimeException error) {
    }

    /** A {@code webhookRejected} call. */
    public record Rejected(int status, String reason) {
    }

    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<Retry> retries = new CopyOnWriteArrayList<>();
    public final List<Duration> delays = new CopyOnWriteArrayList<>();
    public final List<ChatMigrated> migrations = new CopyOnWriteArrayList<>();
    public final List<SkippedUpdate> skipped = new CopyOnWriteArrayList<>();
    public final List<Failed> failed = new CopyOnWriteArrayList<>();
    public final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    public final List<Rejected> rejected = new CopyOnWriteArrayList<>();
    public final List<String> lost = new CopyOnWriteArrayList<>();

    // ---- the runtime's calls

    @Override
    public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
        events.add("autoAnswered " + press.pressId() + " " + reason);
    }

    @Override
    public void payloadRejected(ButtonPress press, String reason) {
        events.add("payloadRejected " + press.pressId() + " " + reason);
    }

    @Override
    public void lateAnswer(ButtonPress press, PressAnswer ignored) {
        events.add("lateAnswer " + press.pressId() + " " + ignored.kind());
    }

    @Override
    public void handlerFailed(Update update, Exception error) {
        events.add("handlerFailed " + update.kind() + " " + error.getMessage());
    }

    @Override
    public void handlersSaturated(int capacity) {
        events.add("handlersSaturated " + capacity);
    }

    @Override
    public void handlersAvailable(Duration saturatedFor, long refused) {
        events.add("handlersAvailable refused " + refused);
    }

    @Override
    public void updateDuplicate(Update update) {
        events.add("updateDuplicate " + update.updateId().orElse("?"));
    }

    @Override
    public void handlerRejected(Update update) {
        events.add("handlerRejected " + update.updateId().orElse("?"));
    }

    @Override
    public void keyboardDegraded(PlatformId platform, long userId) {
        events.add("keyboardDegraded " + platform + " " + userId);
    }

    @Override
    public void sourceFailed(PlatformId platform, RuntimeException error) {
        events.add("sourceFailed " + platform + " " + error.getMessage());
    }

    // ---- the adapters' calls

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate update) {
        TokenLeakCheck.scan(update.error());
        skipped.add(update);
        events.add("skipped " + update.updateId().orElse("?"));
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        TokenLeakCheck.scan(error);
        failed.add(new Failed(update, error));
        failures.add(error);
        events.add("failed " + update.updateId().orElse("?"));
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        TokenLeakCheck.scan("retry reason", reason);
        retries.add(new Retry(method, attempt, delay, reason));
        delays.add(delay);
        events.add("retrying " + method + " after attempt " + attempt);
    }

    @Override
    public void chatMigrated(ChatMigrated migrated) {
        migrations.add(migrated);
        events.add("migrated " + migrated.fromChatId() + " -> " + migrated.toChatId());
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        TokenLeakCheck.scan("webhook refusal", reason);
        rejected.add(new Rejected(status, reason));
        events.add("rejected " + status);
    }

    @Override
    public void updatesLost(PlatformId platform, String reason) {
        TokenLeakCheck.scan("lost updates", reason);
        lost.add(reason);
        events.add("lost " + reason);
    }
}
