/**
 * The bot runtime: {@link dev.switchboard.core.bot.Bot} routes updates from one or more
 * {@link dev.switchboard.core.bot.BotPlatform}s to handlers written once, with a
 * {@link dev.switchboard.core.bot.BotContext} to reply, edit and answer. Every callback press is
 * answered exactly once, in time; duplicates are recognised; text-button presses arrive as presses
 * on both platforms; overlong payloads can be stored and payloads signed. Also the contracts underneath: {@link dev.switchboard.core.bot.Messenger}
 * (send, edit, answer), {@link dev.switchboard.core.bot.MessageRef},
 * {@link dev.switchboard.core.bot.KeyboardChange} and the
 * {@link dev.switchboard.core.bot.SwitchboardListener} hooks.
 *
 * <pre>{@code
 * Bot bot = Bot.builder().platform(telegram).platform(vk)
 *     .onCommand("start", (msg, ctx) -> ctx.reply("Hi!", menu))
 *     .onPress("menu:help", (press, ctx) -> ctx.answer(PressAnswer.toast("Help is on its way")))
 *     .build();
 * bot.run();
 * }</pre>
 */
package dev.switchboard.core.bot;
