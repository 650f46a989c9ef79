package dev.switchboard.telegram;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every listener call, in order, as a short line; thread-safe. */
final class RecordingListener implements SwitchboardListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Duration> delays = new CopyOnWriteArrayList<>();
    final List<ChatMigrated> migrations = new CopyOnWriteArrayList<>();
    final List<SkippedUpdate> skipped = new CopyOnWriteArrayList<>();
    final List<RuntimeException> failures = new CopyOnWriteArrayList<>();

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate update) {
        skipped.add(update);
        events.add("skipped " + update.updateId().orElse("?"));
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        failures.add(error);
        events.add("failed " + update.updateId().orElse("?"));
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
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
        events.add("rejected " + status);
    }
}
