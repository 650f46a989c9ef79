/**
 * Test support shipped as a product: in-process fake Telegram and VK servers on a loopback
 * port ({@link dev.switchboard.testkit.FakeTelegram} and {@link dev.switchboard.testkit.FakeVk},
 * both a {@link dev.switchboard.testkit.FakePlatform}, opened and driven the same way) that
 * speak the wire protocol the adapters use, keep state like the real services and
 * refuse what the real services refuse, with the real error bodies; simulated users
 * ({@link dev.switchboard.testkit.FakeUser}) and a JUnit 5 extension
 * ({@link dev.switchboard.testkit.FakePlatforms}) that runs a bot on them; and a real local
 * redis-server ({@link dev.switchboard.testkit.LocalRedis}) for Redis-backed state. See docs/testing.md.
 *
 * <pre>{@code
 * @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();
 *
 * @Test void votingEditsTheMessage() throws Exception {
 *     fakes.run(MyBot.build(fakes.platforms()), () -> {
 *         FakeUser ira = fakes.telegram().user("Ira").sends("/start").presses("Yes");
 *         assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
 *     });
 * }
 * }</pre>
 */
package dev.switchboard.testkit;
