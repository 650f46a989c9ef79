package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.benchmarks.contenders.Ours;
import dev.switchboard.benchmarks.contenders.TelegramBotsPeer;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquivalenceTest {

    @Test
    void everyTelegramParserReadsTheSameFactsFromEveryUpdate() {
        List<TelegramFacts> facts = Corpus.telegram().stream().map(Equivalence::telegramParse).toList();

        assertThat(facts).extracting(TelegramFacts::kind).containsExactly("press", "press", "press", "press", "press",
                "message", "message", "message", "membership", "membership", "press", "other");
        assertThat(facts.get(10).payload()).isEqualTo("cat:item:2042");
        assertThat(facts.get(8).newStatus()).isEqualTo("banned");
        assertThat(facts.get(4).inlineMessageId()).isEqualTo("AgAAAPx0AQCzYg2xMlX9mA");
    }

    @Test
    void theHundredButtonEchoReallyCarriesAHundredButtons() {
        String echo = new String(Corpus.telegram().get(10), StandardCharsets.UTF_8);

        assertThat(echo.split("\"callback_data\"", -1)).hasSize(101);
    }

    @ParameterizedTest
    @ValueSource(strings = {"message_new", "message_event"})
    void oursAndVkSdkReadTheSameFactsFromEachEnvelope(String type) {
        VkFacts facts = Equivalence.vkParse(type, Corpus.vk(type));

        assertThat(facts.payload()).isEqualTo(type.equals("message_new") ? "menu:help" : "vote:yes");
        assertThat(facts.eventId()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vote", "catalogue", "inline100"})
    void everyTelegramRendererWritesTheSameMarkup(String name) {
        KeyboardSpec spec = KeyboardSpec.telegram(name);

        Equivalence.telegramRender(spec);
        assertThat(Ours.validateTelegram(Ours.keyboard(spec)).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vote", "catalogue"})
    void everyVkRendererWritesTheSameKeyboard(String name) {
        KeyboardSpec spec = KeyboardSpec.vk(name);

        Equivalence.vkRender(spec);
        assertThat(Ours.validateVk(Ours.keyboard(spec)).violations()).isEmpty();
    }

    @Test
    void keyboardsHaveTheSizesTheWorkloadsName() {
        assertThat(KeyboardSpec.vote().buttonCount()).isEqualTo(2);
        assertThat(KeyboardSpec.catalogue(true).buttonCount()).isEqualTo(30);
        assertThat(KeyboardSpec.inline100().buttonCount()).isEqualTo(100);
    }

    @Test
    void factsTellUpdatesApartSoAgreementMeansSomething() {
        List<byte[]> corpus = Corpus.telegram();

        assertThat(corpus.stream().map(u -> TelegramFacts.of(TelegramBotsPeer.parse(u))).distinct()).hasSize(12);
        assertThat(TelegramFacts.of(Ours.parseTelegram(corpus.get(0))))
                .isNotEqualTo(TelegramFacts.of(TelegramBotsPeer.parse(corpus.get(1))));
    }

    @Test
    void anInvalidKeyboardIsRejectedBeforeAnythingIsCompared() {
        KeyboardSpec broken = new KeyboardSpec("broken", true, List.of(List.of(ButtonSpec.callback("x", ""))));

        assertThatThrownBy(() -> Equivalence.telegramRender(broken)).isInstanceOf(KeyboardRejectedException.class);
    }
}
