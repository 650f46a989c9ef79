package dev.switchboard.benchmarks;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.ChatMemberUpdated;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a bot needs from one Telegram update, extracted alike from each contender's result so
 * the results can be compared: ids, payload, text and membership statuses. Absent values are null.
 *
 * @param updateId {@code update_id}
 * @param kind {@code press}, {@code message}, {@code membership} or {@code other}
 * @param pressId {@code callback_query.id}
 * @param userId the presser, sender or (membership) the user who changed the bot's standing
 * @param chatId the chat
 * @param messageId the message
 * @param inlineMessageId {@code inline_message_id} of an inline-mode message
 * @param payload {@code callback_data}
 * @param text message text
 * @param oldStatus membership status before, in ours' names ({@code member}, {@code banned}, …)
 * @param newStatus membership status after
 */
public record TelegramFacts(long updateId, String kind, String pressId, Long userId, Long chatId, Long messageId,
                            String inlineMessageId, String payload, String text, String oldStatus,
                            String newStatus) {

    /** The facts of our neutral event. */
    public static TelegramFacts of(Update update) {
        long id = Long.parseLong(update.updateId().orElseThrow());
        return switch (update.kind()) {
            case BUTTON_PRESS -> {
                ButtonPress p = (ButtonPress) update;
                yield new TelegramFacts(id, "press", p.pressId(), p.userId(), boxed(p.chatId()), boxed(p.messageId()),
                        p.inlineMessageId().orElse(null), p.payload().orElse(null), null, null, null);
            }
            case MESSAGE -> {
                MessageReceived m = (MessageReceived) update;
                yield new TelegramFacts(id, "message", null, boxed(m.userId()), m.chatId(), m.messageId(), null, null,
                        m.text(), null, null);
            }
            case MEMBERSHIP -> {
                MembershipChange c = (MembershipChange) update;
                yield new TelegramFacts(id, "membership", null, c.userId(), c.chatId(), null, null, null, null,
                        name(c.from()), name(c.to()));
            }
            default -> other(id);
        };
    }

    /** The facts of a TelegramBots {@code Update}. */
    public static TelegramFacts of(org.telegram.telegrambots.meta.api.objects.Update update) {
        long id = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            var q = update.getCallbackQuery();
            var m = q.getMessage();
            return new TelegramFacts(id, "press", q.getId(), q.getFrom().getId(), m == null ? null : m.getChatId(),
                    m == null ? null : m.getMessageId().longValue(), q.getInlineMessageId(), q.getData(), null, null,
                    null);
        }
        if (update.hasMessage()) {
            var m = update.getMessage();
            return new TelegramFacts(id, "message", null, m.getFrom().getId(), m.getChatId(),
                    m.getMessageId().longValue(), null, null, m.getText(), null, null);
        }
        if (update.getMyChatMember() != null) {
            var c = update.getMyChatMember();
            return new TelegramFacts(id, "membership", null, c.getFrom().getId(), c.getChat().getId(), null, null,
                    null, null, status(c.getOldChatMember().getStatus()), status(c.getNewChatMember().getStatus()));
        }
        return other(id);
    }

    /** The facts of a java-telegram-bot-api {@code Update}. */
    public static TelegramFacts of(com.pengrad.telegrambot.model.Update update) {
        long id = update.updateId();
        if (update.callbackQuery() != null) {
            CallbackQuery q = update.callbackQuery();
            MaybeInaccessibleMessage m = q.maybeInaccessibleMessage();
            return new TelegramFacts(id, "press", q.id(), q.from().id(), m == null ? null : m.chat().id(),
                    m == null ? null : m.messageId().longValue(), q.inlineMessageId(), q.data(), null, null, null);
        }
        if (update.message() != null) {
            Message m = update.message();
            return new TelegramFacts(id, "message", null, m.from().id(), m.chat().id(), m.messageId().longValue(),
                    null, null, m.text(), null, null);
        }
        if (update.myChatMember() != null) {
            ChatMemberUpdated c = update.myChatMember();
            return new TelegramFacts(id, "membership", null, c.from().id(), c.chat().id(), null, null, null, null,
                    status(c.oldChatMember().status().name()), status(c.newChatMember().status().name()));
        }
        return other(id);
    }

    private static TelegramFacts other(long id) {
        return new TelegramFacts(id, "other", null, null, null, null, null, null, null, null, null);
    }

    /** Bot API status names in ours' terms. */
    private static String status(String botApi) {
        return switch (Objects.requireNonNull(botApi, "status")) {
            case "creator" -> "owner";
            case "administrator" -> "admin";
            case "kicked" -> "banned";
            default -> botApi;
        };
    }

    private static String name(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
