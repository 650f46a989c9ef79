/**
 * The VK adapter (community bots, API 5.199). {@link dev.switchboard.vk.VkPlatform} is its only
 * public type: VK's keyboard rules, the {@code keyboard} JSON writer, the payload envelope, the
 * event reader and the writer of answers to button presses.
 *
 * <pre>{@code
 * Keyboard menu = Keyboard.standard().row(Button.text("Catalogue", "menu:catalogue")).oneTime().build();
 * ValidationReport report = Validator.validate(menu, VkPlatform.rules());
 * String keyboard = VkPlatform.keyboards().write(menu);   // {"one_time":true,"inline":false,"buttons":[[...]]}
 * String payload = VkPlatform.decodePayload("{\"p\":\"menu:catalogue\"}");   // menu:catalogue
 * Update update = VkPlatform.updates().read(callbackBody);   // ButtonPress, MessageReceived, …
 * }</pre>
 */
package dev.switchboard.vk;
