package dev.switchboard.vk;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every listener call, and checks each text and exception it gets for the token. */
final class RecordingListener implements SwitchboardListener {
    record Retry(String method, int attempt, Duration delay, String reason) {
    }

    record Failed(Update update, RuntimeException error) {
    }

    record Rejected(int status, String reason) {
    }

    final List<Retry> retries = new CopyOnWriteArrayList<>();
    final List<SkippedUpdate> skipped = new CopyOnWriteArrayList<>();
    final List<Failed> failed = new CopyOnWriteArrayList<>();
    final List<Rejected> rejected = new CopyOnWriteArrayList<>();
    final List<String> lost = new CopyOnWriteArrayList<>();

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        TokenLeakCheck.scan("retry reason", reason);
        retries.add(new Retry(method, attempt, delay, reason));
    }

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate update) {
        TokenLeakCheck.scan(update.error());
        skipped.add(update);
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        TokenLeakCheck.scan(error);
        failed.add(new Failed(update, error));
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        TokenLeakCheck.scan("webhook refusal", reason);
        rejected.add(new Rejected(status, reason));
    }

    @Override
    public void updatesLost(PlatformId platform, String reason) {
        TokenLeakCheck.scan("lost updates", reason);
        lost.add(reason);
    }
}
