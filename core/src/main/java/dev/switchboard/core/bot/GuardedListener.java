package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Update;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the bot's listener for runtime events, logging and ignoring what it throws, so a faulty
 * metrics hook never breaks dispatch.
 */
final class GuardedListener {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final SwitchboardListener delegate;

    GuardedListener(SwitchboardListener delegate) {
        this.delegate = checkNotNull(delegate, "listener");
    }

    void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
        guard("pressAutoAnswered", l -> l.pressAutoAnswered(press, reason));
    }

    void payloadRejected(ButtonPress press, String reason) {
        guard("payloadRejected", l -> l.payloadRejected(press, reason));
    }

    void lateAnswer(ButtonPress press, PressAnswer ignored) {
        guard("lateAnswer", l -> l.lateAnswer(press, ignored));
    }

    void handlerFailed(Update update, Exception error) {
        guard("handlerFailed", l -> l.handlerFailed(update, error));
    }

    void handlerRejected(Update update) {
        guard("handlerRejected", l -> l.handlerRejected(update));
    }

    void keyboardDegraded(PlatformId platform, long userId) {
        guard("keyboardDegraded", l -> l.keyboardDegraded(platform, userId));
    }

    void sourceFailed(PlatformId platform, RuntimeException error) {
        guard("sourceFailed", l -> l.sourceFailed(platform, error));
    }

    private void guard(String hook, Consumer<SwitchboardListener> call) {
        try {
            call.accept(delegate);
        } catch (RuntimeException e) {
            LOG.warn("SwitchboardListener.{} threw; ignored", hook, e);
        }
    }
}
