package dev.switchboard.core.bot;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared data for the payload pipeline tests: a codec, an overlong payload, signers, a counting store. */
final class PayloadFixtures {
    /** Typed data for the codec route. */
    public record Item(String name, int page) {
    }

    static final CallbackData<Item> ITEM = CallbackData.of("item", Item.class);
    static final String LONG_NAME = "a-rather-long-item-name-here";
    static final String LONG = ITEM.pack(new Item(LONG_NAME, 3)); // 35 characters
    static final PayloadSigner SIGNER =
            PayloadSigner.hmacSha256("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final PayloadSigner OTHER_SIGNER =
            PayloadSigner.hmacSha256("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    private PayloadFixtures() {
    }

    /** An inline keyboard with one callback button per row, carrying {@code payloads} in order. */
    static Keyboard inline(String... payloads) {
        var builder = Keyboard.inline();
        for (String payload : payloads) {
            builder.row(Button.callback("B", payload));
        }
        return builder.build();
    }

    /** The payload of the first button in {@code row} of the last keyboard {@code platform} was sent. */
    static String wirePayload(FakePlatform platform, int row) {
        Keyboard keyboard = platform.messenger.lastSent().keyboard().orElseThrow();
        return keyboard.rows().get(row).get(0).carriedPayload().orElseThrow();
    }

    /** A store that counts what it is asked to keep. */
    static final class CountingStore implements PayloadStore {
        private final PayloadStore delegate;
        final AtomicInteger puts = new AtomicInteger();

        CountingStore(PayloadStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public String put(String payload) {
            puts.incrementAndGet();
            return delegate.put(payload);
        }

        @Override
        public Optional<String> get(String token) {
            return delegate.get(token);
        }
    }
}
