package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MessageRefTest {

    @Test
    void pressNamesItsMessageByChatAndIdOrByInlineId() {
        assertThat(MessageRef.of(press(OptionalLong.of(5), OptionalLong.of(9), Optional.empty())))
                .contains(MessageRef.of(PlatformId.TELEGRAM, 5, 9));
        assertThat(MessageRef.of(press(OptionalLong.empty(), OptionalLong.empty(), Optional.of("AgA"))))
                .contains(MessageRef.inline(PlatformId.TELEGRAM, "AgA"));
        assertThat(MessageRef.of(press(OptionalLong.of(5), OptionalLong.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void aRefNeedsChatAndMessageOrAnInlineId() {
        assertThatThrownBy(() -> new MessageRef(PlatformId.VK, OptionalLong.of(1), OptionalLong.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyboardChangesSayWhatTheyDo() {
        Keyboard inline = Keyboard.inline().row(Button.callback("A", "a")).build();

        assertThat(KeyboardChange.keep().action()).isEqualTo(KeyboardChange.Action.KEEP);
        assertThat(KeyboardChange.remove().keyboard()).isEmpty();
        assertThat(KeyboardChange.replace(inline).keyboard()).contains(inline);
        assertThatThrownBy(() -> KeyboardChange.replace(Keyboard.standard().row(Button.text("A")).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inline");
    }

    private static ButtonPress press(OptionalLong chat, OptionalLong message, Optional<String> inline) {
        return new ButtonPress(PlatformId.TELEGRAM, Optional.of("1"), "q1", 7, chat, message, inline,
                Optional.of("a"), true, PressSource.CALLBACK, RawJson.of("{}"));
    }
}
