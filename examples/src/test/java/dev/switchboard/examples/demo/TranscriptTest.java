package dev.switchboard.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranscriptTest {
    private static final Keyboard TWO = Keyboard.inline()
            .row(Button.callback("Button 1", "btn:1"), Button.callback("Button 2", "btn:2")).build();

    private final StringWriter text = new StringWriter();

    @Test
    void aConversationReadsAsMessagesKeyboardsPressesAndAnswers() {
        Transcript transcript = transcript(Glyphs.UNICODE);
        transcript.userSends("Ira", "/start");
        transcript.botSends("Press a button", Optional.of(TWO));
        transcript.presses("Ira", "Button 1");
        transcript.answer(PressAnswer.toast("You pressed Button 1"), "the handler");
        transcript.botEdits("You pressed Button 1", Optional.of(TWO), false);

        assertThat(text.toString().lines()).containsExactly(
                "  Ira › /start",
                "  bot › Press a button",
                "        ┌──────────┐ ┌──────────┐",
                "        │ Button 1 │ │ Button 2 │",
                "        └──────────┘ └──────────┘",
                "  Ira presses [Button 1]",
                "        → toast \"You pressed Button 1\", by the handler",
                "  bot edits › You pressed Button 1",
                "        (same keyboard)");
    }

    @Test
    void aMultiLineMessageKeepsItsLinesUnderTheFirst() {
        transcript(Glyphs.UNICODE).botEdits("Item 9\nIn stock: 3", Optional.empty(), false);

        assertThat(text.toString().lines()).containsExactly(
                "  bot edits › Item 9",
                "              In stock: 3");
    }

    @Test
    void answersSayWhatTheUserSawAndWhoGaveIt() {
        assertThat(Transcript.describe(PressAnswer.none())).isEqualTo("none (the spinner stops)");
        assertThat(Transcript.describe(PressAnswer.alert("Sold out"))).isEqualTo("alert \"Sold out\"");
        assertThat(Transcript.describe(PressAnswer.openLink("https://example.com")))
                .isEqualTo("opens https://example.com");
    }

    @Test
    void asciiTranscriptIsPureAscii() {
        Transcript transcript = transcript(Glyphs.ASCII);
        transcript.section("Telegram");
        transcript.presses("Ira", "◀ Back to page 2");
        transcript.answer(PressAnswer.none(), "the runtime");
        transcript.note("went out as ~s:abc");
        transcript.failure("403 Forbidden");

        assertThat(text.toString()).matches("\\p{ASCII}*");
        assertThat(text.toString().lines()).contains(
                "-- Telegram " + "-".repeat(60),
                "  Ira presses [< Back to page 2]",
                "        -> none (the spinner stops), by the runtime",
                "        - went out as ~s:abc",
                "        x 403 Forbidden");
    }

    private Transcript transcript(Glyphs glyphs) {
        return new Transcript(new PrintWriter(text, true), glyphs);
    }
}
