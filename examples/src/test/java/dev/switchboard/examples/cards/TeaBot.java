package dev.switchboard.examples.cards;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardAction;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.keyboard.Button;
import java.util.List;

/** The cards bot of docs/menus.md ("Cards and VK carousels"), shown there word for word. */
// sample: tea-bot
final class TeaBot {
    static Card tea(String name, String kind) {
        return Card.titled(name).description(kind)
                .button(Button.callback("Buy", "buy:" + name), Button.link("About", "https://example.com/" + name))
                .action(CardAction.openLink("https://example.com/" + name))
                .build();
    }

    static Bot build(List<BotPlatform> platforms) {
        return Bot.builder().platforms(platforms)
                .onCommand("start", (message, ctx) -> ctx.reply(Cards.of("Today's teas",
                        tea("Sencha", "Green, Japan"), tea("Assam", "Black, India"))))
                .onPressPrefix("buy", (press, ctx) -> {
                    String name = press.payload().orElseThrow().substring("buy:".length());
                    ctx.answer(PressAnswer.toast(name + " is in your cart"));
                    ctx.edit(Cards.of("In your cart", tea(name, "Bought")));
                })
                .build();
    }
}
// end
