import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.testkit.FakePlatforms;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwoButtonsTest {
    @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test void pressingAButtonAnswersAndEditsTheMessage() throws Exception {
        Bot bot = Bot.builder().platforms(fakes.platforms())
                .onCommand("start", (message, ctx) -> ctx.reply("Press a button", Keyboard.inline()
                        .row(Button.callback("Button 1", "btn:1"), Button.callback("Button 2", "btn:2")).build()))
                .onPressPrefix("btn", (press, ctx) -> {
                    ctx.answer(PressAnswer.toast("Pressed"));
                    ctx.edit("You pressed " + press.payload().orElseThrow(), KeyboardChange.keep());
                }).build();
        fakes.run(bot, () -> List.of(fakes.telegram().user("Ira"), fakes.vk().user("Ira")).forEach(ira -> {
            assertThat(ira.sends("/start").presses("Button 2").lastMessage().text()).isEqualTo("You pressed btn:2");
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Pressed"));
        }));
    }
}
