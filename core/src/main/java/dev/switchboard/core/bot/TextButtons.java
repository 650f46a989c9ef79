package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns presses on text buttons back into {@link ButtonPress}es (source TEXT), so one handler
 * serves both platforms. VK sends a text button's payload with the message; Telegram sends only the
 * label, so the runtime remembers the last standard keyboard sent to each chat (label to payload,
 * the first button winning when labels repeat) and maps a message whose text is one of its labels.
 * A message carrying a {@code {"command":…}} payload (VK's Start button) stays a message. The
 * memory is bounded in size and age.
 */
final class TextButtons {
    private final Cache<ChatKey, Map<String, String>> keyboards;

    TextButtons(int maxChats, Duration maxAge, Ticker ticker) {
        this.keyboards = CacheBuilder.newBuilder().ticker(ticker).maximumSize(maxChats)
                .expireAfterWrite(maxAge).build();
    }

    /** Notes a keyboard sent to {@code chatId}: a standard one is remembered, a removal forgets. */
    void sent(PlatformId platform, long chatId, Keyboard keyboard) {
        ChatKey chat = new ChatKey(platform, chatId);
        if (keyboard.type() == KeyboardType.REMOVE) {
            keyboards.invalidate(chat);
        } else if (keyboard.type() == KeyboardType.STANDARD) {
            keyboards.put(chat, labels(keyboard));
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
        Map<String, String> labels = keyboards.getIfPresent(new ChatKey(message.platform(), message.chatId()));
        return Optional.ofNullable(labels == null ? null : labels.get(message.text())).map(p -> press(message, p));
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

    private record ChatKey(PlatformId platform, long chatId) {
    }
}
