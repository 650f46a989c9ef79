package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.Optional;

/**
 * The seam where payloads are transformed on their way out and back: a payload store swapping
 * overlong payloads for tokens, or a signer adding and checking a truncated HMAC. The runtime
 * applies {@link #outgoing} to every keyboard its messengers send or set, and {@link #incoming} to
 * every press (callback or text) before routing. {@link #IDENTITY} changes nothing; a bot with a
 * store or a signer uses {@link StoringSigningPipeline}.
 */
interface PayloadPipeline {
    /** Leaves keyboards and presses as they are. */
    PayloadPipeline IDENTITY = new PayloadPipeline() {
        @Override
        public Keyboard outgoing(KeyboardRules rules, Keyboard keyboard) {
            return keyboard;
        }

        @Override
        public Incoming incoming(ButtonPress press) {
            return new Incoming.Accepted(press);
        }
    };

    /** The keyboard as the platform of {@code rules} should receive it. */
    Keyboard outgoing(KeyboardRules rules, Keyboard keyboard);

    /** What becomes of a press: handled as it is now, expired, or refused. */
    Incoming incoming(ButtonPress press);

    /** The fate of an incoming press. */
    sealed interface Incoming {
        /** The press as handlers should see it (its payload verified and resolved). */
        record Accepted(ButtonPress press) implements Incoming {
            public Accepted {
                checkNotNull(press, "press");
            }
        }

        /**
         * The press carried a token its store no longer knows (expired, evicted, forged): only the
         * expired-press handler sees it, with the token as its payload.
         */
        record Expired(ButtonPress press) implements Incoming {
            public Expired {
                checkNotNull(press, "press");
            }
        }

        /** The payload was refused (a bad or missing signature): no handler runs. */
        record Rejected(String reason) implements Incoming {
            public Rejected {
                checkNotNull(reason, "reason");
            }
        }

        /** The accepted press, if it was accepted. */
        default Optional<ButtonPress> accepted() {
            return this instanceof Accepted accepted ? Optional.of(accepted.press()) : Optional.empty();
        }
    }
}
