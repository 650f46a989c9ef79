package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the runtime's listener events as short strings, such as {@code autoAnswered q1 DEADLINE}. */
final class RecordingListener implements SwitchboardListener {
    final List<String> events = new CopyOnWriteArrayList<>();

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
}
