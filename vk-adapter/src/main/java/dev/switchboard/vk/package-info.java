/**
 * The VK adapter (community bots, API 5.199). Its public types are
 * {@link dev.switchboard.vk.VkPlatform} (with its nested {@code Builder}) and
 * {@link dev.switchboard.vk.VkApiException}: VK's keyboard rules, the {@code keyboard} JSON
 * writer, the payload envelope, the event reader, the writer of answers to button presses, and a
 * client of one community token that sends, edits and answers, polls Bots Long Poll and serves
 * the Callback API. See {@code docs/transports.md}.
 *
 * <pre>{@code
 * VkPlatform vk = VkPlatform.builder(System.getenv("VK_GROUP_TOKEN")).groupId(218375169).build();
 * Keyboard menu = Keyboard.inline().row(Button.callback("Yes", "vote:yes")).build();
 * MessageRef sent = vk.messenger().send(2000000001L, "Vote?", menu);   // messages.send
 * vk.longPoll().run(update -> System.out.println(update.kind()));        // Bots Long Poll
 * String payload = VkPlatform.decodePayload("{\"p\":\"vote:yes\"}");      // vote:yes
 * }</pre>
 */
package dev.switchboard.vk;
