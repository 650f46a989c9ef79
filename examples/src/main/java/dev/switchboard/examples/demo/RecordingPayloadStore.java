package dev.switchboard.examples.demo;

import dev.switchboard.core.payload.PayloadStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An in-memory {@link PayloadStore} that remembers what it stored and resolved, so the transcript
 * can show a too-long payload going out as a {@code ~s:} token and coming back whole.
 */
final class RecordingPayloadStore implements PayloadStore {
    /** A token the runtime resolved, and the payload it got back. */
    record Resolved(String token, String payload) {
    }

    private final PayloadStore store = PayloadStore.inMemory();
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Resolved> resolved = new ConcurrentLinkedQueue<>();

    @Override
    public String put(String payload) {
        String token = store.put(payload);
        stored.put(token, payload);
        return token;
    }

    @Override
    public Optional<String> get(String token) {
        Optional<String> payload = store.get(token);
        payload.ifPresent(found -> resolved.add(new Resolved(token, found)));
        return payload;
    }

    /** The payload stored under {@code token}, without counting as a resolution. */
    Optional<String> stored(String token) {
        return Optional.ofNullable(stored.get(token));
    }

    /** How many payloads were stored. */
    int storedCount() {
        return stored.size();
    }

    /** The tokens resolved since the last call, oldest first. */
    List<Resolved> takeResolved() {
        List<Resolved> taken = new ArrayList<>();
        for (Resolved next = resolved.poll(); next != null; next = resolved.poll()) {
            taken.add(next);
        }
        return taken;
    }
}
