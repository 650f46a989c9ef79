package dev.switchboard.core.bot;

import com.google.common.util.concurrent.MoreExecutors;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.Ignored;
import dev.switchboard.core.event.MemberStatus;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Test updates, and a bot builder that runs handlers on the dispatching thread with a manual clock. */
final class Updates {
    private static final RawJson RAW = RawJson.of("{}");
    /** Each test update gets its own platform id, as real ones do; a repeat is made with the same object. */
    private static final AtomicLong UPDATE_IDS = new AtomicLong();

    private Updates() {
    }

    /** A builder with {@code platforms}, a manual clock and handlers run on the dispatching thread. */
    static Bot.Builder bot(ManualScheduler clock, FakePlatform... platforms) {
        Bot.Builder builder = Bot.builder().scheduler(clock).executor(MoreExecutors.newDirectExecutorService());
        for (FakePlatform platform : platforms) {
            builder.platform(platform);
        }
        return builder;
    }

    /** A callback press on message {@code messageId} in chat {@code chatId}. */
    static ButtonPress press(PlatformId platform, String pressId, long userId, long chatId, long messageId,
                             String payload) {
        return new ButtonPress(platform, nextId(), pressId, userId, OptionalLong.of(chatId),
                OptionalLong.of(messageId), Optional.empty(), Optional.of(payload), true, PressSource.CALLBACK, RAW);
    }

    /** A Telegram callback press on an inline-mode message. */
    static ButtonPress inlinePress(String pressId, long userId, String inlineMessageId, String payload) {
        return new ButtonPress(PlatformId.TELEGRAM, nextId(), pressId, userId,
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(inlineMessageId), Optional.of(payload), true,
                PressSource.CALLBACK, RAW);
    }

    static ButtonPress press(String pressId, String payload) {
        return press(PlatformId.TELEGRAM, pressId, 7, 70, 700, payload);
    }

    static MessageReceived message(PlatformId platform, long userId, long chatId, long messageId, String text) {
        return new MessageReceived(platform, nextId(), OptionalLong.of(userId), chatId, messageId,
                text, Optional.empty(), Optional.empty(), RAW);
    }

    static MessageReceived message(String text) {
        return message(PlatformId.TELEGRAM, 7, 70, 1, text);
    }

    /** A VK message with a button payload and/or the sender's client info. */
    static MessageReceived vkMessage(long userId, long messageId, String text, Optional<String> payload,
                                     Optional<ClientCapabilities> client) {
        return new MessageReceived(PlatformId.VK, nextId(), OptionalLong.of(userId), userId,
                messageId, text, payload, client, RAW);
    }

    static ClientCapabilities client(boolean inlineKeyboard, String... actions) {
        return new ClientCapabilities(Set.of(actions), true, inlineKeyboard, false, 0);
    }

    static MembershipChange membership(PlatformId platform, Change change, MembershipSubject subject) {
        return new MembershipChange(platform, nextId(), 70, subject, 7, OptionalLong.empty(),
                MemberStatus.MEMBER, MemberStatus.BANNED, change, RAW);
    }

    static ChatMigrated migrated(PlatformId platform, long from, long to) {
        return new ChatMigrated(platform, Optional.empty(), from, to, RAW);
    }

    static Ignored ignored(PlatformId platform) {
        return new Ignored(platform, Optional.empty(), "poll", RAW);
    }

    private static Optional<String> nextId() {
        return Optional.of(Long.toString(UPDATE_IDS.incrementAndGet()));
    }
}
