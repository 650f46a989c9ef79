import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;

public final class TwoButtons {
    record Choice(int number) {}

    static final CallbackData<Choice> CHOICE = CallbackData.of("btn", Choice.class);   // btn:1, btn:2

    public static void main(String[] args) {
        Bot bot = Bot.builder()
                .platform(TelegramPlatform.builder(System.getenv("TELEGRAM_BOT_TOKEN")).build())
                .platform(VkPlatform.builder(System.getenv("VK_GROUP_TOKEN"))
                        .groupId(Long.parseLong(System.getenv("VK_GROUP_ID"))).build())
                .onCommand("start", (message, ctx) -> ctx.reply("Press a button", Keyboard.inline()
                        .row(Button.callback("Button 1", CHOICE.pack(new Choice(1))),
                             Button.callback("Button 2", CHOICE.pack(new Choice(2))))
                        .build()))
                .onPress(CHOICE, (press, choice, ctx) -> {
                    ctx.answer(PressAnswer.toast("You pressed Button " + choice.number()));
                    ctx.edit("You pressed Button " + choice.number(), KeyboardChange.keep());
                })
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(bot::stop));
        bot.run();
    }
}
