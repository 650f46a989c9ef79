package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** {@link PayloadStore#inMemory()}: a Guava cache bounded by size and by time since write. */
final class InMemoryPayloadStore implements PayloadStore {
    static final long DEFAULT_MAX_ENTRIES = 100_000;
    static final Duration DEFAULT_TTL = Duration.ofHours(48);
    /** 9 random bytes are exactly 12 Base64 characters, without padding. */
    private static final int RANDOM_BYTES = 9;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final long maxEntries;
    private final Duration ttl;
    private final Cache<String, String> payloads;

    InMemoryPayloadStore(long maxEntries, Duration ttl, Ticker ticker) {
        checkArgument(maxEntries > 0, "maxEntries must be positive: %s", maxEntries);
        checkNotNull(ttl, "ttl");
        checkArgument(ttl.compareTo(Duration.ZERO) > 0, "ttl must be positive: %s", ttl);
        checkNotNull(ticker, "ticker");
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.payloads = CacheBuilder.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).ticker(ticker).build();
    }

    static InMemoryPayloadStore defaults() {
        return new InMemoryPayloadStore(DEFAULT_MAX_ENTRIES, DEFAULT_TTL, Ticker.systemTicker());
    }

    @Override
    public String put(String payload) {
        checkNotNull(payload, "payload");
        while (true) {
            String token = PayloadStore.newToken();
            // 72 random bits make a clash practically impossible; the loop makes it harmless anyway.
            if (payloads.asMap().putIfAbsent(token, payload) == null) {
                return token;
            }
        }
    }

    @Override
    public Optional<String> get(String token) {
        checkNotNull(token, "token");
        return Optional.ofNullable(payloads.getIfPresent(token));
    }

    long maxEntries() {
        return maxEntries;
    }

    Duration ttl() {
        return ttl;
    }

    /** Entries held now, after evicting what has expired. */
    long size() {
        payloads.cleanUp();
        return payloads.size();
    }

    /** {@link PayloadStore#newToken()}: one shared SecureRandom, which is thread-safe. */
    static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + BASE64.encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PayloadStore.inMemory[maxEntries=" + maxEntries + ", ttl=" + ttl + "]";
    }
}
