package dev.switchboard.spring.sample;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.spring.SwitchboardCustomizer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class TwoButtonsApplication {
    record Choice(int number) {}

    static final CallbackData<Choice> CHOICE = CallbackData.of("btn", Choice.class);   // btn:1, btn:2

    public static void main(String[] args) {
        SpringApplication.run(TwoButtonsApplication.class, args);
    }

    @Bean
    SwitchboardCustomizer twoButtons() {
        return bot -> bot
                .onCommand("start", (message, ctx) -> ctx.reply("Press a button", Keyboard.inline()
                        .row(Button.callback("Button 1", CHOICE.pack(new Choice(1))),
                             Button.callback("Button 2", CHOICE.pack(new Choice(2))))
                        .build()))
                .onPress(CHOICE, (press, choice, ctx) -> {
                    ctx.answer(PressAnswer.toast("You pressed Button " + choice.number()));
                    ctx.edit("You pressed Button " + choice.number(), KeyboardChange.keep());
                });
    }
}
