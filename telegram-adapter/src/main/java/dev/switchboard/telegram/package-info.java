/**
 * The Telegram Bot API adapter. Its public types are {@link dev.switchboard.telegram.TelegramPlatform}
 * (with its nested {@code Builder} and {@code BotInfo}) and
 * {@link dev.switchboard.telegram.TelegramApiException}; everything else is package-private.
 *
 * <pre>{@code
 * TelegramPlatform telegram = TelegramPlatform.builder(System.getenv("TELEGRAM_BOT_TOKEN")).build();
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * MessageRef sent = telegram.messenger().send(chatId, "Do you like it?", vote);
 * telegram.longPoll().run(update -> {
 *     if (update instanceof ButtonPress press) {
 *         telegram.messenger().answer(press, PressAnswer.toast("Counted"));
 *         telegram.messenger().edit(press, Optional.of("Thanks!"), KeyboardChange.keep());
 *     }
 * });
 * }</pre>
 */
package dev.switchboard.telegram;
