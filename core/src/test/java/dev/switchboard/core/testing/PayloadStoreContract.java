package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.payload.PayloadStore;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PayloadStore} must do, whatever keeps the payloads: a subclass names the
 * store ({@link #newStore()}) and inherits the tests. Each test gets a store of its own.
 */
public abstract class PayloadStoreContract {
    /** A new, empty store for one test. */
    protected abstract PayloadStore newStore();

    @Test
    void returnsTheStoredPayloadForItsTokenAsOftenAsAsked() {
        PayloadStore store = newStore();
        String payload = "catalogue:" + "я".repeat(100) + " 🙂";

        String token = store.put(payload);

        assertThat(store.get(token)).contains(payload);
        assertThat(store.get(token)).contains(payload);
    }

    @Test
    void everyPutMakesAFreshTokenEvenForTheSamePayload() {
        PayloadStore store = newStore();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(store.put("same payload"));
        }

        assertThat(tokens).hasSize(50).allSatisfy(token -> assertThat(store.get(token)).contains("same payload"));
    }

    @Test
    void tokensStartWithTheTokenPrefixAndFitTelegramsSixtyFourBytes() {
        PayloadStore store = newStore();

        String token = store.put("x".repeat(1000));

        assertThat(token).startsWith(PayloadStore.TOKEN_PREFIX);
        assertThat(token.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(store.isToken(token)).isTrue();
    }

    @Test
    void anUnknownOrForgedTokenResolvesToNothing() {
        PayloadStore store = newStore();
        String real = store.put("secret order 42");

        for (String forged : new String[] {PayloadStore.newToken(), real + "x", real.substring(0, real.length() - 1),
                "~s:", "", "not a token", "~s:*", "~s:" + "A".repeat(500), "~s:\u0000\n"}) {
            assertThat(store.get(forged)).as(forged).isEmpty();
        }
        assertThat(store.get(real)).contains("secret order 42");
    }

    @Test
    void aTokenOfOneStoreIsUnknownToAnotherStore() {
        String token = newStore().put("kept by the first store");

        assertThat(newStore().get(token)).isEmpty();
    }
}
