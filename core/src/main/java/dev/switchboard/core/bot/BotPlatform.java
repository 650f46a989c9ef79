package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.validate.KeyboardRules;
import java.time.Duration;
import java.util.Optional;

/**
 * What a bot runtime needs from one platform: its identity and limits, a {@link Messenger}
 * and a source of updates. {@code TelegramPlatform} and {@code VkPlatform} instances implement
 * it, so a bot is built with {@code Bot.builder().platform(telegram).platform(vk)}.
 */
public interface BotPlatform {
    /** The platform's id. */
    PlatformId id();

    /** Sends, edits and answers on this platform. */
    Messenger messenger();

    /** The platform's keyboard limits. */
    KeyboardRules keyboardRules();

    /** The platform's limits on answers to a press. */
    AnswerRules answerRules();

    /**
     * The platform's limits on a message of cards when it sends them as a carousel (VK); empty for a
     * platform without carousels (the default), which always gets the fallback of text and a keyboard.
     */
    default Optional<CardRules> cardRules() {
        return Optional.empty();
    }

    /**
     * A source of updates asking the platform for what {@code needs} says (Telegram derives
     * {@code allowed_updates} from it unless the user configured them explicitly).
     */
    UpdateSource updateSource(UpdateNeeds needs);

    /**
     * A source as {@link #updateSource(UpdateNeeds)} that resumes from its checkpoint in
     * {@code checkpoints} and saves its position there as it goes; what the bot runtime calls. The
     * default ignores {@code checkpoints}.
     */
    default UpdateSource updateSource(UpdateNeeds needs, CheckpointStore checkpoints) {
        return updateSource(needs);
    }

    /**
     * How long the runtime waits for a handler to answer a press before it answers
     * {@code none()} itself: safely inside the platform's window (Telegram about 10 s, VK 60 s).
     */
    Duration answerDeadline();

    /**
     * Checks once, before any update source starts, that the platform answers and accepts the
     * credentials (Telegram {@code getMe}, VK {@code groups.getById}), so a wrong token or API URL
     * fails at start-up with one clear line instead of an endless back-off. The default checks
     * nothing.
     *
     * @throws dev.switchboard.core.PlatformApiException if the platform refuses the credentials
     * @throws dev.switchboard.core.TransportException if the platform cannot be reached
     */
    default void checkAccess() {
    }

    /**
     * Lets the bot runtime hear what this platform notices outside updates: so far a send that
     * finds its Telegram group migrated ({@link SwitchboardListener#chatMigrated}), which the
     * runtime hands to its {@code onChatMigrated} handlers. The runtime calls this once, when the
     * bot is built, before any update source starts; an implementation calls {@code listener} in addition to the
     * listener it was built with. The default ignores it, and the runtime then learns of such
     * migrations only from sends made through its own messengers.
     */
    default void addListener(SwitchboardListener listener) {
    }

    /**
     * Names this platform's update source across restarts and replicas: the key of its checkpoint
     * and of the lease that lets one replica poll it ({@code telegram-<bot id>},
     * {@code vk-group-<community id>}). The default is the platform's id.
     */
    default String sourceKey() {
        return id().value();
    }

    /**
     * Hands this platform the state shared by the bot's replicas ({@code Bot.Builder.sharedState}),
     * for what the platform keeps itself: its send rate limits and 429 halts, and the sent
     * messages it must know again to edit them. The runtime calls this once, when the bot is
     * built, before any update source starts. The default ignores it.
     */
    default void share(SharedState state) {
    }

    /**
     * Reads this platform's updates from their JSON exactly as received, so an update that a
     * replica took and could not handle (it died) is made again on the replica that adopts it
     * ({@code SeenUpdates.adoptOrphans}). The default has no reader, and such an update is logged
     * as lost.
     */
    default Optional<UpdateReader> updateReader() {
        return Optional.empty();
    }
}
