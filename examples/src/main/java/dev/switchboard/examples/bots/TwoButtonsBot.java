package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.CallbackData;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Two big buttons: {@code /start} (Telegram), VK's Start button or the text {@code start} sends
 * "Press a button" with two inline callback buttons; a press answers with a toast and edits the
 * message to say which button was pressed, keeping the keyboard. A second press on the button the
 * message already names is only answered: the bot remembers what each message it sent or edited
 * shows (up to 10 000 messages, for a day), so it never asks the platform for an edit that changes
 * nothing (Telegram refuses those with "message is not modified"; its messenger takes that as
 * success, but the request is wasted).
 *
 * <pre>{@code
 * Bot bot = TwoButtonsBot.build(List.of(telegram, vk));
 * bot.run();
 * }</pre>
 */
public final class TwoButtonsBot {
    /** The payload of a button: which one, 1 or 2. */
    public record Choice(int number) {
        public Choice {
            if (number != 1 && number != 2) {
                throw new IllegalArgumentException("number must be 1 or 2: " + number);
            }
        }
    }

    /** Packs {@code new Choice(2)} to {@code btn:2}. */
    public static final CallbackData<Choice> CHOICE = CallbackData.of("btn", Choice.class);

    /** The text of the first message. */
    public static final String PROMPT = "Press a button";

    /** Which message shows which button (0: none yet), by platform, chat and message id. */
    private final Cache<Shown, Integer> shown = CacheBuilder.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofDays(1)).build();

    private TwoButtonsBot() {
    }

    /** The bot on {@code platforms}, with the runtime's defaults. */
    public static Bot build(List<BotPlatform> platforms) {
        return builder(platforms).build();
    }

    /** The bot's builder on {@code platforms}, handlers registered, for further settings. */
    public static Bot.Builder builder(List<BotPlatform> platforms) {
        checkNotNull(platforms, "platforms");
        TwoButtonsBot state = new TwoButtonsBot();
        return Bot.builder().platforms(platforms)
                .onCommand("start", (message, ctx) -> {
                    MessageRef sent = ctx.reply(PROMPT, keyboard());
                    state.remember(sent, 0);
                })
                .onPress(CHOICE, (press, choice, ctx) -> {
                    String label = label(choice.number());
                    ctx.answer(PressAnswer.toast("You pressed " + label));
                    if (state.changes(press, choice.number())) {
                        ctx.edit("You pressed " + label, KeyboardChange.keep());
                    }
                });
    }

    /** The two buttons. */
    public static Keyboard keyboard() {
        return Keyboard.inline()
                .row(Button.callback(label(1), CHOICE.pack(new Choice(1))),
                        Button.callback(label(2), CHOICE.pack(new Choice(2))))
                .build();
    }

    private static String label(int number) {
        return "Button " + number;
    }

    private void remember(MessageRef message, int number) {
        if (message.chatId().isPresent() && message.messageId().isPresent()) {
            shown.put(new Shown(message.platform(), message.chatId().getAsLong(), message.messageId().getAsLong()),
                    number);
        }
    }

    /**
     * Whether the pressed message does not show {@code number} yet; if so, it is remembered as
     * showing it. A message the bot does not know (sent before a restart) is edited.
     */
    private boolean changes(ButtonPress press, int number) {
        if (press.chatId().isEmpty() || press.messageId().isEmpty()) {
            return true;
        }
        Shown key = new Shown(press.platform(), press.chatId().getAsLong(), press.messageId().getAsLong());
        synchronized (shown) {
            Integer before = shown.getIfPresent(key);
            if (Objects.equals(before, number)) {
                return false;
            }
            shown.put(key, number);
            return true;
        }
    }

    private record Shown(PlatformId platform, long chatId, long messageId) {
    }
}
