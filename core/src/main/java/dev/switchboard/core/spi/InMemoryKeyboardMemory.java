package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Keyboard memory in two bounded Guava caches; each entry holds the time it expires, since ages
 * may differ per write.
 */
final class InMemoryKeyboardMemory implements KeyboardMemory {
    private final Cache<String, Expiring<Map<String, String>>> textButtons;
    private final Cache<String, Expiring<String>> sent;
    private final Ticker ticker;

    InMemoryKeyboardMemory(int capacity) {
        this(capacity, Ticker.systemTicker());
    }

    InMemoryKeyboardMemory(int capacity, Ticker ticker) {
        checkArgument(capacity > 0, "capacity must be positive: %s", capacity);
        this.ticker = ticker;
        this.textButtons = CacheBuilder.newBuilder().maximumSize(capacity).build();
        this.sent = CacheBuilder.newBuilder().maximumSize(capacity).build();
    }

    @Override
    public void rememberTextButtons(PlatformId platform, long chatId, Map<String, String> labels, Duration maxAge) {
        String key = key(platform, Long.toString(chatId));
        if (labels.isEmpty()) {
            textButtons.invalidate(key);
        } else {
            textButtons.put(key, new Expiring<>(Map.copyOf(labels), ticker.read() + maxAge.toNanos()));
        }
    }

    @Override
    public Optional<String> textButtonPayload(PlatformId platform, long chatId, String label) {
        checkNotNull(label, "label");
        return live(textButtons, key(platform, Long.toString(chatId))).map(labels -> labels.get(label));
    }

    @Override
    public void rememberSent(PlatformId platform, String message, String state, Duration maxAge) {
        sent.put(key(platform, message), new Expiring<>(checkNotNull(state, "state"), ticker.read() + maxAge.toNanos()));
    }

    @Override
    public Optional<String> sent(PlatformId platform, String message) {
        return live(sent, key(platform, message));
    }

    private <T> Optional<T> live(Cache<String, Expiring<T>> cache, String key) {
        Expiring<T> entry = cache.getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.until() - ticker.read() <= 0) {
            cache.asMap().remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private static String key(PlatformId platform, String id) {
        return checkNotNull(platform, "platform").value() + "/" + checkNotNull(id, "id");
    }

    @Override
    public String toString() {
        return "KeyboardMemory.inMemory()";
    }

    private record Expiring<T>(T value, long until) {
    }
}
