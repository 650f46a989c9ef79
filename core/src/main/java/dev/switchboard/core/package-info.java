/**
 * Switchboard core: the platform-neutral model shared by every adapter.
 *
 * <pre>{@code
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * ValidationReport report = Validator.validate(vote, TelegramPlatform.rules(), VkPlatform.rules());
 * }</pre>
 */
package dev.switchboard.core;
