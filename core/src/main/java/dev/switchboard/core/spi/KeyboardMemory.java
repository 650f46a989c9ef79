package dev.switchboard.core.spi;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the runtime and the adapters remember of the keyboards they sent, so that a reply lands
 * right on whichever replica receives it:
 * <ul>
 *   <li>the <b>text buttons</b> of the last standard keyboard sent to each chat (label to payload),
 *       since Telegram sends only a text button's label back;</li>
 *   <li>the <b>sent messages</b> an adapter must know again to edit them, such as the text and
 *       keyboard of a VK message for {@code KeyboardChange.keep()}, as the adapter's own opaque text.</li>
 * </ul>
 * Each entry is kept for the age given when it is written. Implementations are thread-safe.
 */
public interface KeyboardMemory {
    /**
     * Remembers {@code labels} (label to payload) as the text buttons of {@code chatId}, replacing
     * what was remembered for the chat, for {@code maxAge}; an empty map forgets the chat.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void rememberTextButtons(PlatformId platform, long chatId, Map<String, String> labels, Duration maxAge);

    /**
     * The payload of the text button labelled {@code label} in the keyboard last remembered for
     * {@code chatId}, if any.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    Optional<String> textButtonPayload(PlatformId platform, long chatId, String label);

    /**
     * Remembers {@code state} for the sent message {@code message} (an adapter's own key, such as
     * {@code peer/conversation message id}) for {@code maxAge}, replacing what was there.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void rememberSent(PlatformId platform, String message, String state, Duration maxAge);

    /**
     * What was remembered for the sent message {@code message}, if it is still kept.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    Optional<String> sent(PlatformId platform, String message);

    /** In this process's memory: up to {@code chats} chats' text buttons and as many sent messages. */
    static KeyboardMemory inMemory(int chats) {
        return new InMemoryKeyboardMemory(chats);
    }

    /** As {@link #inMemory(int)}, reading time from {@code ticker} (for tests). */
    static KeyboardMemory inMemory(int chats, Ticker ticker) {
        return new InMemoryKeyboardMemory(chats, ticker);
    }
}
