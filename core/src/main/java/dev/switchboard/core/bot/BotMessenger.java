package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.cards.CardsFallback;
import dev.switchboard.core.cards.CardsValidator;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.validate.CardsRejectedException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messenger handlers get: a platform's {@link Messenger} plus the runtime's bookkeeping.
 * Keyboards are adapted to the recipient's app ({@link Clients}) and passed through the
 * {@link PayloadPipeline}; standard keyboards sent are remembered for text-button mapping
 * ({@link TextButtons}); a send that lands in another chat than asked (Telegram retried it on the
 * migrated supergroup) is reported as a {@link ChatMigrated}; answers go to {@link PressAnswers},
 * which sends them through the platform's messenger, so a press is answered once. A keyboard the
 * platform would reject is reported to the listener before its exception reaches the caller. Bound
 * to a context, the context's user is the recipient of sends to the context's chat; otherwise a
 * chat id is taken as a user id (private chats).
 */
final class BotMessenger implements Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(BotMessenger.class);

    private final BotPlatform platform;
    private final Messenger delegate;
    private final Clients clients;
    private final PayloadPipeline pipeline;
    private final TextButtons textButtons;
    private final DuplicatePresses duplicates;
    private final Consumer<ChatMigrated> migrations;
    private final PressAnswers answers;
    private final ListenerGroup listener;
    private final OptionalLong boundChat;
    private final OptionalLong boundUser;

    /**
     * A messenger of {@code platform} that sends through {@code delegate} (the platform's own), with
     * keyboards adapted by {@code clients} and passed through {@code pipeline}, standard keyboards
     * remembered in {@code textButtons}, replaced keyboards told to {@code duplicates}, migrations
     * found by a send reported to {@code migrations}, answers handed to {@code answers}, and rejected
     * keyboards reported to {@code listener}.
     */
    BotMessenger(BotPlatform platform, Messenger delegate, Clients clients, PayloadPipeline pipeline,
                 TextButtons textButtons, DuplicatePresses duplicates, Consumer<ChatMigrated> migrations,
                 PressAnswers answers, ListenerGroup listener) {
        this(platform, delegate, clients, pipeline, textButtons, duplicates, migrations, answers, listener,
                OptionalLong.empty(), OptionalLong.empty());
    }

    private BotMessenger(BotPlatform platform, Messenger delegate, Clients clients, PayloadPipeline pipeline,
                         TextButtons textButtons, DuplicatePresses duplicates, Consumer<ChatMigrated> migrations,
                         PressAnswers answers, ListenerGroup listener, OptionalLong boundChat, OptionalLong boundUser) {
        this.platform = platform;
        this.delegate = delegate;
        this.clients = clients;
        this.pipeline = pipeline;
        this.textButtons = textButtons;
        this.duplicates = duplicates;
        this.migrations = migrations;
        this.answers = answers;
        this.listener = listener;
        this.boundChat = boundChat;
        this.boundUser = boundUser;
    }

    /** This messenger for a context in {@code chat} with {@code user}. */
    BotMessenger boundTo(OptionalLong chat, OptionalLong user) {
        return new BotMessenger(platform, delegate, clients, pipeline, textButtons, duplicates, migrations, answers,
                listener, chat, user);
    }

    @Override
    public PlatformId platform() {
        return delegate.platform();
    }

    /** What {@code userId}'s app can show, when the platform has reported it. */
    Optional<ClientCapabilities> client(long userId) {
        return clients.of(platform(), userId);
    }

    @Override
    public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
        checkNotNull(text, "text");
        checkNotNull(keyboard, "keyboard");
        return reporting(() -> sendChecked(chatId, text, keyboard));
    }

    private MessageRef sendChecked(long chatId, String text, Optional<Keyboard> keyboard) {
        Optional<Keyboard> outgoing = keyboard.map(k -> pipeline.outgoing(platform.keyboardRules(),
                clients.adapt(platform(), recipient(chatId), k, platform.keyboardRules())));
        MessageRef sent = delegate.send(chatId, text, outgoing);
        long landed = sent.chatId().orElse(chatId);
        if (landed != chatId) {
            migrations.accept(new ChatMigrated(platform(), Optional.empty(), chatId, landed,
                    RawJson.of("{}")));
        }
        outgoing.ifPresent(k -> textButtons.sent(platform(), landed, k));
        return sent;
    }

    @Override
    public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
        reporting(() -> {
            KeyboardChange sent = outgoing(change);
            delegate.edit(message, text, sent);
            sent.keyboard().ifPresent(k -> duplicates.keyboardReplaced(message, k));
            return null;
        });
    }

    @Override
    public void edit(ButtonPress press, Optional<String> text, KeyboardChange change) {
        reporting(() -> {
            KeyboardChange sent = outgoing(change);
            delegate.edit(press, text, sent);
            sent.keyboard().ifPresent(k -> MessageRef.of(press).ifPresent(m -> duplicates.keyboardReplaced(m, k)));
            return null;
        });
    }

    /**
     * Sends {@code cards} as a carousel when the platform has one and the recipient's app said it
     * shows carousels, with the buttons' payloads passed through the pipeline; otherwise checks the
     * cards' layout against the platform's card rules (so a bot learns of a carousel it could not
     * send whatever app its user has) and sends the {@link CardsFallback} as any text and keyboard.
     */
    @Override
    public MessageRef send(long chatId, Cards cards) {
        checkNotNull(cards, "cards");
        return reporting(() -> {
            Optional<CardRules> rules = platform.cardRules();
            if (rules.isPresent() && clients.showsCarousel(platform(), recipient(chatId))) {
                return delegate.send(chatId, outgoing(cards));
            }
            CardsFallback fallback = fallback(cards, rules);
            return sendChecked(chatId, fallback.text(), fallback.keyboard());
        });
    }

    /** Replaces the message with {@code cards}, chosen as {@link #send(long, Cards)} chooses. */
    @Override
    public void edit(MessageRef message, Cards cards) {
        checkNotNull(message, "message");
        checkNotNull(cards, "cards");
        reporting(() -> {
            Optional<CardRules> rules = platform.cardRules();
            if (rules.isPresent() && message.chatId().isPresent()
                    && clients.showsCarousel(platform(), recipient(message.chatId().getAsLong()))) {
                Cards sent = outgoing(cards);
                delegate.edit(message, sent);
                duplicates.keyboardReplaced(message, buttonsOf(sent));
                return null;
            }
            CardsFallback fallback = fallback(cards, rules);
            KeyboardChange sent = outgoing(fallback.keyboard().map(KeyboardChange::replace)
                    .orElseGet(KeyboardChange::remove));
            delegate.edit(message, Optional.of(fallback.text()), sent);
            sent.keyboard().ifPresent(k -> duplicates.keyboardReplaced(message, k));
            return null;
        });
    }

    @Override
    public void answer(ButtonPress press, PressAnswer answer) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        if (press.source() == PressSource.TEXT) {
            LOG.debug("press {} came from a text button; there is nothing to answer", press.pressId());
            return;
        }
        answers.answerThrough(press, answer, delegate, platform.answerRules());
    }

    @Override
    public String toString() {
        return "BotMessenger[" + delegate + "]";
    }

    /** Runs {@code work}; a keyboard or cards it rejects are reported to the listener, then rethrown. */
    private <T> T reporting(Supplier<T> work) {
        try {
            return work.get();
        } catch (KeyboardRejectedException | CardsRejectedException e) {
            listener.keyboardRejected(platform(), e.report());
            throw e;
        }
    }

    /** {@code cards} with their buttons' payloads as the platform should receive them. */
    private Cards outgoing(Cards cards) {
        List<List<Button>> sent = pipeline.outgoing(platform.keyboardRules(), buttonsOf(cards)).rows();
        List<Card> out = new ArrayList<>(cards.cards().size());
        for (int i = 0; i < cards.cards().size(); i++) {
            Card card = cards.cards().get(i);
            out.add(new Card(card.title(), card.description(), card.photo(), sent.get(i), card.action()));
        }
        return new Cards(cards.text(), out);
    }

    /** The cards' buttons as an inline keyboard of one row per card (empty rows kept). */
    private static Keyboard buttonsOf(Cards cards) {
        return new Keyboard(KeyboardType.INLINE, cards.cards().stream().map(Card::buttons).toList(), false, false,
                Optional.empty());
    }

    /**
     * The fallback of {@code cards} for this platform, after their layout passed the platform's card
     * rules, if it has any.
     *
     * @throws CardsRejectedException for a layout the card rules refuse, or buttons no keyboard fits
     */
    private CardsFallback fallback(Cards cards, Optional<CardRules> rules) {
        if (rules.isPresent()) {
            ValidationReport report = CardsValidator.validateLayout(cards, rules.get());
            if (!report.isValid()) {
                throw new CardsRejectedException(report);
            }
        }
        try {
            return CardsFallback.of(cards, platform.keyboardRules());
        } catch (KeyboardFitException e) {
            throw new CardsRejectedException(e.report());
        }
    }

    private KeyboardChange outgoing(KeyboardChange change) {
        checkNotNull(change, "change");
        return change.keyboard()
                .map(k -> KeyboardChange.replace(pipeline.outgoing(platform.keyboardRules(), k)))
                .orElse(change);
    }

    private long recipient(long chatId) {
        if (boundUser.isPresent() && boundChat.isPresent() && boundChat.getAsLong() == chatId) {
            return boundUser.getAsLong();
        }
        return chatId;
    }
}
