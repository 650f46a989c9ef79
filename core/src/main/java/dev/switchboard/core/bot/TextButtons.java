package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.spi.StateStoreException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns presses on text buttons back into {@link ButtonPress}es (source TEXT), so one handler
 * serves both platforms. VK sends a text button's payload with the message; Telegram sends only the
 * label, so the runtime remembers the last standard keyboard sent to each chat (label to payload,
 * the first button winning when labels repeat) in {@link KeyboardMemory}, shared by the bot's
 * replicas when it is, and maps a message whose text is one of its labels. A message carrying a
 * {@code {"command":…}} payload (VK's Start button) stays a message. The memory is bounded in age
 * (and, in memory, in chats). When the memory cannot be reached, a keyboard is not remembered and
 * a message stays a message, with a warning.
 */
final class TextButtons {
    private static final Logger LOG = LoggerFactory.getLogger(TextButtons.class);

    private final KeyboardMemory memory;
    private final Duration maxAge;

    TextButtons(KeyboardMemory memory, Duration maxAge) {
        this.memory = memory;
        this.maxAge = maxAge;
    }

    /** Notes a keyboard sent to {@code chatId}: a standard one is remembered, a removal forgets. */
    void sent(PlatformId platform, long chatId, Keyboard keyboard) {
        if (keyboard.type() != KeyboardType.REMOVE && keyboard.type() != KeyboardType.STANDARD) {
            return;
        }
        Map<String, String> labels = keyboard.type() == KeyboardType.REMOVE ? Map.of() : labels(keyboard);
        try {
            memory.rememberTextButtons(platform, chatId, labels, maxAge);
        } catch (StateStoreException e) {
            LOG.warn("could not remember the text buttons sent to {} chat {}: {}", platform, chatId, e.getMessage());
        }
    }

    /** The text-button press {@code message} stands for, if it stands for one. */
    Optional<ButtonPress> pressOf(MessageReceived message) {
        if (message.userId().isEmpty()) {
            return Optional.empty();
        }
        if (message.payload().isPresent()) {
            String payload = message.payload().get();
            return CommandMatcher.commandOf(payload).isPresent() ? Optional.empty() : Optional.of(press(message, payload));
        }
        try {
            return memory.textButtonPayload(message.platform(), message.chatId(), message.text())
                    .map(p -> press(message, p));
        } catch (StateStoreException e) {
            LOG.warn("could not look up the text buttons of {} chat {}; the message stays a message: {}",
                    message.platform(), message.chatId(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, String> labels(Keyboard keyboard) {
        Map<String, String> labels = new HashMap<>();
        for (List<Button> row : keyboard.rows()) {
            for (Button button : row) {
                if (button.kind() == ButtonKind.TEXT) {
                    button.carriedPayload().ifPresent(payload -> labels.putIfAbsent(button.label(), payload));
                }
            }
        }
        return Map.copyOf(labels);
    }

    /**
     * A TEXT press from {@code message}: press id {@code text:<message id>}, the message's chat, no
     * message to edit (a standard keyboard belongs to no message), nothing to answer.
     */
    private static ButtonPress press(MessageReceived message, String payload) {
        return new ButtonPress(message.platform(), message.updateId(), "text:" + message.messageId(),
                message.userId().getAsLong(), OptionalLong.of(message.chatId()), OptionalLong.empty(),
                Optional.empty(), Optional.of(payload), true, PressSource.TEXT, message.raw());
    }
}
