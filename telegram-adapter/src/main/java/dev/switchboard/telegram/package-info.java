/**
 * The Telegram Bot API adapter. Its one public entry is
 * {@link dev.switchboard.telegram.TelegramPlatform}; everything else is package-private.
 *
 * <pre>{@code
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * String replyMarkup = TelegramPlatform.keyboards().write(vote);
 *
 * if (TelegramPlatform.updates().read(webhookBody) instanceof ButtonPress press) {
 *     Map<String, Object> answer = TelegramPlatform.answers().write(press, PressAnswer.toast("Counted"));
 * }
 * }</pre>
 */
package dev.switchboard.telegram;
