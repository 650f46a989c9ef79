package dev.switchboard.examples.demo;

import dev.switchboard.core.payload.PayloadStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-memory {@link PayloadStore} that remembers what it stored and resolved, so the transcript
 * can show a too-long payload going out as a {@code ~s:} token and coming back whole. For a bot
 * run as replicas, {@link #on} gives each replica a view of its own store (Redis) that records
 * here which replica minted and which resolved each token.
 */
final class RecordingPayloadStore implements PayloadStore {
    /**
     * A token the runtime resolved, and the payload it got back.
     *
     * @param by the replica that resolved it, empty for a bot that is not replicated
     * @param mintedBy the replica that stored it, empty likewise
     */
    record Resolved(String token, String payload, String by, String mintedBy) {
        Resolved(String token, String payload) {
            this(token, payload, "", "");
        }
    }

    private final PayloadStore store = PayloadStore.inMemory();
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final Map<String, String> minters = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Resolved> resolved = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Resolved> last = new AtomicReference<>();

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

    /** {@code replica}'s payload store {@code delegate}, recording here what it stores and resolves. */
    PayloadStore on(String replica, PayloadStore delegate) {
        return new PayloadStore() {
            @Override
            public String put(String payload) {
                String token = delegate.put(payload);
                stored.put(token, payload);
                minters.put(token, replica);
                return token;
            }

            @Override
            public Optional<String> get(String token) {
                Optional<String> payload = delegate.get(token);
                payload.ifPresent(found -> {
                    Resolved resolution = new Resolved(token, found, replica, minters.getOrDefault(token, "?"));
                    last.set(resolution);
                    resolved.add(resolution);
                });
                return payload;
            }
        };
    }

    /** The payload stored under {@code token}, without counting as a resolution. */
    Optional<String> stored(String token) {
        return Optional.ofNullable(stored.get(token));
    }

    /** How many payloads were stored. */
    int storedCount() {
        return stored.size();
    }

    /** The latest token a replica's view ({@link #on}) resolved, if any. */
    Optional<Resolved> lastResolvedOnAReplica() {
        return Optional.ofNullable(last.get());
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
