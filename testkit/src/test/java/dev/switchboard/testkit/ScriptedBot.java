package dev.switchboard.testkit;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The bot the scripting tests drive: a vote, a standard menu, twin labels, a slow command, membership. */
final class ScriptedBot {
    static final Keyboard VOTE = Keyboard.inline()
            .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
            .row(Button.link("Rules", "https://example.com/rules"))
            .build();
    static final Keyboard MENU = Keyboard.standard()
            .row(Button.text("Coffee", "drink:coffee"), Button.text("Tea", "drink:tea"))
            .build();
    static final Keyboard TWINS = Keyboard.inline()
            .row(Button.callback("Same", "twin:1"))
            .row(Button.callback("Other", "twin:2"), Button.callback("Same", "twin:3"))
            .build();

    final List<MembershipChange> memberships = new CopyOnWriteArrayList<>();
    final Bot bot;

    ScriptedBot(List<BotPlatform> platforms, long slowMillis) {
        bot = Bot.builder().platforms(platforms)
                .onCommand("start", (message, ctx) -> ctx.reply("Do you like it?", VOTE))
                .onCommand("menu", (message, ctx) -> ctx.reply("What to drink?", MENU))
                .onCommand("twins", (message, ctx) -> ctx.reply("Pick one", TWINS))
                .onCommand("slow", (message, ctx) -> {
                    Thread.sleep(slowMillis);
                    ctx.reply("done slowly");
                })
                .onPressPrefix("vote", (press, ctx) -> {
                    boolean yes = press.payload().orElseThrow().endsWith("yes");
                    ctx.answer(PressAnswer.toast(yes ? "Thanks!" : "Noted"));
                    ctx.edit("You voted " + (yes ? "yes" : "no"), KeyboardChange.keep());
                })
                .onPressPrefix("twin", (press, ctx) -> ctx.answer(PressAnswer.alert(press.payload().orElseThrow())))
                .onPressPrefix("drink", (press, ctx) -> ctx.reply("One " + press.payload().orElseThrow()
                        .substring("drink:".length()) + " coming"))
                .onMembership(Change.BLOCKED, (event, ctx) -> memberships.add(event))
                .onMembership(Change.UNBLOCKED, (event, ctx) -> memberships.add(event))
                .onMembership(Change.JOINED, (event, ctx) -> memberships.add(event))
                .onMembership(Change.LEFT, (event, ctx) -> memberships.add(event))
                .build();
    }
}
