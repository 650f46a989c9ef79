/**
 * Test support shipped as a product: in-process fake Telegram and VK servers on a loopback
 * port that speak the wire protocol the adapters use, keep state like the real services and
 * refuse what the real services refuse, with the real error bodies.
 *
 * <pre>{@code
 * try (FakeTelegram fake = FakeTelegram.create().start()) {
 *     Messenger messenger = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).build().messenger();
 *     messenger.send(42, "Sure?", Keyboard.inline().row(Button.callback("Yes", "yes")).build());
 *     assertThat(fake.lastMessage(42).orElseThrow().text()).isEqualTo("Sure?");
 * }
 * }</pre>
 */
package dev.switchboard.testkit;
