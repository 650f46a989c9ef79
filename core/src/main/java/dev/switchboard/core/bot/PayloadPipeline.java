package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;

/**
 * The seam where payloads are transformed on their way out and back: a payload store swapping
 * overlong payloads for tokens, or a signer adding and checking a truncated HMAC. The runtime
 * applies {@link #outgoing} to every keyboard its messengers send or set, and {@link #incoming} to
 * every press (callback or text) before routing. {@link #IDENTITY} changes nothing, which is all
 * the runtime has until the store and signer are plugged in.
 */
interface PayloadPipeline {
    /** Leaves keyboards and presses as they are. */
    PayloadPipeline IDENTITY = new PayloadPipeline() {
        @Override
        public Keyboard outgoing(PlatformId platform, Keyboard keyboard) {
            return keyboard;
        }

        @Override
        public Optional<ButtonPress> incoming(ButtonPress press) {
            return Optional.of(press);
        }
    };

    /** The keyboard as {@code platform} should receive it. */
    Keyboard outgoing(PlatformId platform, Keyboard keyboard);

    /**
     * The press as handlers should see it, or empty when its payload is refused (expired token,
     * bad signature): the runtime then answers the press and runs no handler.
     */
    Optional<ButtonPress> incoming(ButtonPress press);
}
