package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messenger handlers get: a platform's {@link Messenger} plus the runtime's bookkeeping.
 * Keyboards are adapted to the recipient's app ({@link Clients}) and passed through the
 * {@link PayloadPipeline}; standard keyboards sent are remembered for text-button mapping
 * ({@link TextButtons}); a send that lands in another chat than asked (Telegram retried it on the
 * migrated supergroup) is reported as a {@link ChatMigrated}; answers go through
 * {@link PressAnswers}, so a press is answered once. Bound to a context, the context's user is the
 * recipient of sends to the context's chat; otherwise a chat id is taken as a user id (private chats).
 */
final class BotMessenger implements Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(BotMessenger.class);

    private final BotPlatform platform;
    private final Messenger delegate;
    private final Shared shared;
    private final OptionalLong boundChat;
    private final OptionalLong boundUser;

    /** What the messengers of one bot share. */
    record Shared(TextButtons textButtons, Clients clients, PayloadPipeline pipeline, PressAnswers answers,
                   DuplicatePresses duplicates, Consumer<ChatMigrated> migrations) {
    }

    BotMessenger(BotPlatform platform, Shared shared) {
        this(platform, shared, OptionalLong.empty(), OptionalLong.empty());
    }

    private BotMessenger(BotPlatform platform, Shared shared, OptionalLong boundChat, OptionalLong boundUser) {
        this.platform = platform;
        this.delegate = platform.messenger();
        this.shared = shared;
        this.boundChat = boundChat;
        this.boundUser = boundUser;
    }

    /** This messenger for a context in {@code chat} with {@code user}. */
    BotMessenger boundTo(OptionalLong chat, OptionalLong user) {
        return new BotMessenger(platform, shared, chat, user);
    }

    /** The platform's own messenger, for the runtime's answers. */
    Messenger delegate() {
        return delegate;
    }

    @Override
    public PlatformId platform() {
        return delegate.platform();
    }

    @Override
    public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
        checkNotNull(text, "text");
        checkNotNull(keyboard, "keyboard");
        Optional<Keyboard> outgoing = keyboard.map(k -> shared.pipeline().outgoing(platform.keyboardRules(),
                shared.clients().adapt(platform(), recipient(chatId), k, platform.keyboardRules())));
        MessageRef sent = delegate.send(chatId, text, outgoing);
        long landed = sent.chatId().orElse(chatId);
        if (landed != chatId) {
            shared.migrations().accept(new ChatMigrated(platform(), Optional.empty(), chatId, landed,
                    RawJson.of("{}")));
        }
        outgoing.ifPresent(k -> shared.textButtons().sent(platform(), landed, k));
        return sent;
    }

    @Override
    public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
        KeyboardChange sent = outgoing(change);
        delegate.edit(message, text, sent);
        sent.keyboard().ifPresent(k -> shared.duplicates().keyboardReplaced(message, k));
    }

    @Override
    public void edit(ButtonPress press, Optional<String> text, KeyboardChange change) {
        KeyboardChange sent = outgoing(change);
        delegate.edit(press, text, sent);
        sent.keyboard().ifPresent(k -> MessageRef.of(press).ifPresent(m -> shared.duplicates().keyboardReplaced(m, k)));
    }

    @Override
    public void answer(ButtonPress press, PressAnswer answer) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        if (press.source() == PressSource.TEXT) {
            LOG.debug("press {} came from a text button; there is nothing to answer", press.pressId());
            return;
        }
        if (!shared.answers().answerKnown(press, answer)) {
            delegate.answer(press, answer);
        }
    }

    @Override
    public String toString() {
        return "BotMessenger[" + delegate + "]";
    }

    private KeyboardChange outgoing(KeyboardChange change) {
        checkNotNull(change, "change");
        return change.keyboard()
                .map(k -> KeyboardChange.replace(shared.pipeline().outgoing(platform.keyboardRules(), k)))
                .orElse(change);
    }

    private long recipient(long chatId) {
        if (boundUser.isPresent() && boundChat.isPresent() && boundChat.getAsLong() == chatId) {
            return boundUser.getAsLong();
        }
        return chatId;
    }
}
