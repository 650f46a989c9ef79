package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link PayloadPipeline} of a bot with a {@link PayloadStore}, a {@link PayloadSigner}, or
 * both.
 *
 * <p>Out, for each callback button and text button with a payload: the store comes first, the
 * signer last, so the signature covers exactly what goes on the wire. With a signer the payload
 * is signed; if the signed payload is over the platform's limit
 * ({@code rules.payload().sizeOf(p) > maxSize()}) and there is a store, the original payload is
 * stored and its token is signed instead. Without a signer a payload over the limit is replaced by
 * its token. Payloads within the limit are never stored, and a payload the platform does not send
 * (Telegram's text buttons send only their label) is never stored either; it is still signed, so
 * the text-button mapping remembers and later verifies the signed form. Without a store an overlong
 * payload is left as it is, and the platform's messenger refuses the keyboard with
 * {@link dev.switchboard.core.validate.KeyboardRejectedException} before any request.
 *
 * <p>In, in the reverse order: with a signer the payload is verified first (a press without a
 * payload, without a tag or with a wrong one is {@linkplain Incoming.Rejected rejected}); then,
 * with a store, a token ({@link PayloadStore#isToken}) is resolved, and one the store does not know
 * makes the press {@linkplain Incoming.Expired expired}. With a store, a payload of the bot's own
 * that starts with {@link PayloadStore#TOKEN_PREFIX} would be read as a token: do not use that
 * prefix ({@link dev.switchboard.core.payload.CallbackData} prefixes cannot).
 */
final class StoringSigningPipeline implements PayloadPipeline {
    private final Optional<PayloadStore> store;
    private final Optional<PayloadSigner> signer;

    StoringSigningPipeline(Optional<PayloadStore> store, Optional<PayloadSigner> signer) {
        checkArgument(store.isPresent() || signer.isPresent(), "a store or a signer is needed");
        this.store = store;
        this.signer = signer;
    }

    /** {@link #IDENTITY} when neither is given, else this pipeline. */
    static PayloadPipeline of(Optional<PayloadStore> store, Optional<PayloadSigner> signer) {
        return store.isEmpty() && signer.isEmpty() ? IDENTITY : new StoringSigningPipeline(store, signer);
    }

    @Override
    public Keyboard outgoing(KeyboardRules rules, Keyboard keyboard) {
        List<List<Button>> rows = new ArrayList<>(keyboard.rows().size());
        for (List<Button> row : keyboard.rows()) {
            List<Button> out = new ArrayList<>(row.size());
            for (Button button : row) {
                out.add(outgoing(rules.payload(), button));
            }
            rows.add(out);
        }
        return new Keyboard(keyboard.type(), rows, keyboard.oneTime(), keyboard.persistent(), keyboard.placeholder());
    }

    @Override
    public Incoming incoming(ButtonPress press) {
        Optional<String> received = press.payload();
        if (signer.isPresent()) {
            if (received.isEmpty()) {
                return new Incoming.Rejected("no payload to verify");
            }
            received = signer.get().verify(received.get());
            if (received.isEmpty()) {
                return new Incoming.Rejected("bad or missing signature");
            }
        }
        if (store.isPresent() && received.isPresent() && store.get().isToken(received.get())) {
            String token = received.get();
            Optional<String> resolved = store.get().get(token);
            return resolved.isPresent() ? new Incoming.Accepted(withPayload(press, resolved))
                    : new Incoming.Expired(withPayload(press, Optional.of(token)));
        }
        return new Incoming.Accepted(received.equals(press.payload()) ? press : withPayload(press, received));
    }

    private Button outgoing(PayloadRule rule, Button button) {
        if (button instanceof CallbackButton callback) {
            String wire = wire(rule, rule.sentBy().contains(callback.kind()), callback.payload());
            return new CallbackButton(callback.label(), wire, callback.style());
        }
        if (button instanceof TextButton text && text.payload().isPresent()) {
            String wire = wire(rule, rule.sentBy().contains(text.kind()), text.payload().get());
            return new TextButton(text.label(), Optional.of(wire), text.style());
        }
        return button;
    }

    /** What goes on the wire for {@code payload}; {@code sent}: whether the platform sends it at all. */
    private String wire(PayloadRule rule, boolean sent, String payload) {
        String candidate = sign(payload);
        if (sent && store.isPresent() && rule.sizeOf(candidate) > rule.maxSize()) {
            return sign(store.get().put(payload));
        }
        return candidate;
    }

    private String sign(String payload) {
        return signer.map(s -> s.sign(payload)).orElse(payload);
    }

    private static ButtonPress withPayload(ButtonPress press, Optional<String> payload) {
        return new ButtonPress(press.platform(), press.updateId(), press.pressId(), press.userId(), press.chatId(),
                press.messageId(), press.inlineMessageId(), payload, press.messageAccessible(), press.source(),
                press.raw());
    }

    @Override
    public String toString() {
        return "PayloadPipeline[store=" + store.map(Object::toString).orElse("none") + ", signer="
                + signer.map(Object::toString).orElse("none") + "]";
    }
}
