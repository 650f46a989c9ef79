/**
 * The bot runtime's contracts: {@link dev.switchboard.core.bot.Messenger} (send, edit, answer),
 * {@link dev.switchboard.core.bot.MessageRef}, {@link dev.switchboard.core.bot.KeyboardChange}
 * and the {@link dev.switchboard.core.bot.SwitchboardListener} hooks.
 *
 * <pre>{@code
 * MessageRef sent = messenger.send(chatId, "Do you like it?", keyboard);
 * messenger.edit(sent, Optional.of("Thanks!"), KeyboardChange.remove());
 * }</pre>
 */
package dev.switchboard.core.bot;
