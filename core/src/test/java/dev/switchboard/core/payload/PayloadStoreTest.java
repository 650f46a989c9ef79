package dev.switchboard.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PayloadStoreTest {
    private static final Duration TTL = Duration.ofHours(48);

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Ticker ticker = new Ticker() {
        @Override
        public long read() {
            return nanos.get();
        }
    };
    private final PayloadStore store = PayloadStore.inMemory(1_000, TTL, ticker);

    @Test
    void returnsTheStoredPayloadForItsToken() {
        String payload = "catalogue:" + "я".repeat(100);

        String token = store.put(payload);

        assertThat(store.get(token)).contains(payload);
        assertThat(store.get(token)).contains(payload);
    }

    @Test
    void tokensAreTheTokenPrefixAndTwelveUrlSafeCharacters() {
        String token = store.put("x");

        assertThat(PayloadStore.TOKEN_PREFIX).isEqualTo("~s:");
        assertThat(token).hasSize(15).matches("~s:[A-Za-z0-9_-]{12}");
        assertThat(token.getBytes(StandardCharsets.UTF_8)).hasSize(15);
        assertThat(store.isToken(token)).isTrue();
    }

    @Test
    void newTokenMakesAFreshTokenOfTheInMemoryShapeForOtherStores() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            tokens.add(PayloadStore.newToken());
        }

        assertThat(tokens).hasSize(500).allSatisfy(token -> assertThat(token).matches("~s:[A-Za-z0-9_-]{12}"));
    }

    @Test
    void everyPutMakesANewToken() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            tokens.add(store.put("same payload"));
        }

        assertThat(tokens).hasSize(500).allSatisfy(token -> assertThat(store.get(token)).contains("same payload"));
    }

    @Test
    void expiresPayloadsTheTtlAfterTheyWereStored() {
        String token = store.put("long payload");

        nanos.addAndGet(TTL.toNanos() - 1);
        assertThat(store.get(token)).contains("long payload");

        nanos.addAndGet(2);
        assertThat(store.get(token)).isEmpty();
    }

    @Test
    void pressingDoesNotExtendTheLifetime() {
        String token = store.put("p");

        for (int hour = 0; hour < 47; hour++) {
            nanos.addAndGet(Duration.ofHours(1).toNanos());
            assertThat(store.get(token)).contains("p");
        }
        nanos.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(store.get(token)).isEmpty();
    }

    @Test
    void holdsAtMostMaxEntriesKeepingTheNewest() {
        InMemoryPayloadStore small = new InMemoryPayloadStore(3, TTL, ticker);

        List<String> tokens = IntStream.range(0, 10).mapToObj(i -> small.put("payload " + i)).toList();

        assertThat(small.size()).isLessThanOrEqualTo(3);
        assertThat(tokens.stream().filter(token -> small.get(token).isPresent())).hasSizeLessThanOrEqualTo(3);
        assertThat(small.get(tokens.get(9))).contains("payload 9");
        assertThat(small.get(tokens.get(0))).isEmpty();
    }

    @Test
    void unknownAndForgedTokensGiveEmpty() {
        String real = store.put("secret");
        String forged = real.substring(0, 14) + (real.charAt(14) == 'A' ? 'B' : 'A');

        assertThat(store.get(forged)).isEmpty();
        assertThat(store.get("~s:AAAAAAAAAAAA")).isEmpty();
        assertThat(store.get("~s:")).isEmpty();
        assertThat(store.get("vote:1:y")).isEmpty();
        assertThat(store.get("")).isEmpty();
    }

    @Test
    void isTokenLooksOnlyAtThePrefix() {
        assertThat(store.isToken("~s:anything")).isTrue();
        assertThat(store.isToken("~s:")).isTrue();
        assertThat(store.isToken("~s")).isFalse();
        assertThat(store.isToken("vote:~s:1")).isFalse();
        assertThat(store.isToken("")).isFalse();
    }

    @Test
    void defaultStoreKeeps100000EntriesFor48Hours() {
        InMemoryPayloadStore defaults = (InMemoryPayloadStore) PayloadStore.inMemory();

        assertThat(defaults.maxEntries()).isEqualTo(100_000);
        assertThat(defaults.ttl()).isEqualTo(Duration.ofHours(48));
        assertThat(defaults).hasToString("PayloadStore.inMemory[maxEntries=100000, ttl=PT48H]");
        assertThat(defaults.get(defaults.put("p"))).contains("p");
        assertThat(PayloadStore.inMemory(10, Duration.ofMinutes(5))).hasToString(
                "PayloadStore.inMemory[maxEntries=10, ttl=PT5M]");
    }

    @Test
    void rejectsNonsenseArguments() {
        assertThatThrownBy(() -> PayloadStore.inMemory(0, TTL, ticker)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEntries must be positive: 0");
        assertThatThrownBy(() -> PayloadStore.inMemory(5, Duration.ZERO, ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ttl must be positive: PT0S");
        assertThatThrownBy(() -> PayloadStore.inMemory(5, null, ticker)).isInstanceOf(NullPointerException.class)
                .hasMessage("ttl");
        assertThatThrownBy(() -> PayloadStore.inMemory(5, TTL, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ticker");
        assertThatThrownBy(() -> store.put(null)).isInstanceOf(NullPointerException.class).hasMessage("payload");
        assertThatThrownBy(() -> store.get(null)).isInstanceOf(NullPointerException.class).hasMessage("token");
    }
}
