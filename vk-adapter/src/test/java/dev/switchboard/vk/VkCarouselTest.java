package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardAction;
import dev.switchboard.core.cards.CardPhoto;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.cards.CardsValidator;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.CardsRejectedException;
import dev.switchboard.core.validate.RejectedByLimitsException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VK's carousel: the rules of {@code VkPlatform.carouselRules()} and the {@code template} JSON written. */
class VkCarouselTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Card tea(String name, String kind, String photo) {
        return Card.titled(name).description(kind).photo(CardPhoto.vk(photo))
                .button(Button.callback("Buy", "buy:" + name.toLowerCase()).withStyle(Style.POSITIVE),
                        Button.link("About", "https://example.com/" + name.toLowerCase()))
                .action(CardAction.openLink("https://example.com/" + name.toLowerCase())).build();
    }

    private static Card plain(int i) {
        return Card.titled("Card " + i).description("D").button(Button.callback("Buy", "p" + i)).build();
    }

    private static ValidationReport check(Cards cards) {
        return CardsValidator.validate(cards, VkPlatform.carouselRules());
    }

    @Test
    void writesTheCarouselTemplateExactlyAsVkDocumentsIt() throws Exception {
        Card assam = tea("Assam", "Black, India", "-109837093_457242810");
        Cards cards = Cards.of("Today's teas", tea("Sencha", "Green, Japan", "-109837093_457242809"),
                new Card(assam.title(), assam.description(), assam.photo(), assam.buttons(),
                        java.util.Optional.of(CardAction.openPhoto())));

        String written = VkCarouselWriter.write(cards);

        JsonNode expected = JSON.readTree(new String(VkSamples.bytes("carousel/two_teas.json"), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(expected.toString());
    }

    @Test
    void writesOnlyTheFieldsACardHas() {
        Cards cards = Cards.of("Pick", Card.builder().photo(CardPhoto.vk("-1_2")).button(Button.callback("A", "a"))
                .build());

        assertThat(VkCarouselWriter.write(cards)).isEqualTo("{\"type\":\"carousel\",\"elements\":[{\"photo_id\":\"-1_2\","
                + "\"buttons\":[{\"action\":{\"type\":\"callback\",\"label\":\"A\",\"payload\":\"{\\\"p\\\":\\\"a\\\"}\"}}]}]}");
    }

    @Test
    void acceptsTenCardsOfOneShape() {
        List<Card> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(plain(i));
        }

        assertThat(check(Cards.of("Pick", ten)).violations()).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceWithPathsIntoTheCards() throws Exception {
        List<Card> cards = new ArrayList<>();
        cards.add(plain(0));
        cards.add(Card.titled("T".repeat(81)).description("D").button(Button.callback("Buy", "p1")).build());
        cards.add(Card.titled("Card 2").description("D".repeat(81)).button(Button.callback("Buy", "p2")).build());
        cards.add(Card.builder().description("D").button(Button.callback("Buy", "p3")).build());
        cards.add(Card.titled("Card 4").description("D").build());
        cards.add(Card.titled("Card 5").description("D").button(Button.callback("A", "p5a"),
                Button.callback("B", "p5b"), Button.callback("C", "p5c"), Button.callback("D", "p5d")).build());
        cards.add(Card.titled("Card 6").description("D").button(Button.callback("Buy", "x".repeat(300))).build());
        cards.add(Card.titled("Card 7").description("D").button(Button.callback("L".repeat(41), "p7")).build());
        cards.add(Card.titled("Card 8").description("D").photo(CardPhoto.vk("-1_8"))
                .button(Button.callback("Buy", "p8")).build());
        cards.add(Card.titled("Card 9").description("D").button(Button.callback("Buy", "p9"))
                .action(CardAction.openLink("ftp://example.com")).build());
        cards.add(Card.titled("Card 10").button(Button.callback("Buy", "p0")).build());

        ValidationReport report = check(Cards.of("", cards));

        assertThat(report.violations()).allSatisfy(v -> assertThat(v.platform()).isEqualTo(PlatformId.VK));
        JsonNode expected = JSON.readTree(VkSamples.bytes("carousel/all_violations.json"));
        JsonNode actual = JSON.valueToTree(summaries(report));
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThatThrownBy(() -> VkCarouselWriter.write(Cards.of("", cards)))
                .isInstanceOf(CardsRejectedException.class).isInstanceOf(RejectedByLimitsException.class)
                .satisfies(e -> assertThat(((CardsRejectedException) e).report()).isEqualTo(report))
                .hasMessageStartingWith("rejected with 16 errors: vk text CARDS_TEXT_EMPTY");
    }

    @Test
    void rejectsAMessageWithoutCards() {
        assertThat(check(Cards.of("Pick")).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cards", ViolationCode.NO_CARDS));
    }

    @Test
    void anOpenPhotoActionNeedsTheCardsVkPhoto() {
        Cards cards = Cards.of("Pick", Card.titled("A").button(Button.callback("A", "a"))
                .photo(new CardPhoto(PlatformId.TELEGRAM, "AgACAgIAAxkBAAIB")).action(CardAction.openPhoto()).build());

        assertThat(check(cards).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cards[0].photo", ViolationCode.MISSING_FIELD));
    }

    @Test
    void aPhotoOfAnotherPlatformDoesNotCountOnVk() {
        Cards cards = Cards.of("Pick", Card.builder().photo(new CardPhoto(PlatformId.TELEGRAM, "AgACAgIAAxkBAAIB"))
                .button(Button.callback("A", "a")).build());

        assertThat(check(cards).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cards[0]", ViolationCode.CARD_NEEDS_PHOTO_OR_TITLE));
        assertThat(VkCarouselWriter.write(Cards.of("Pick", Card.titled("A").photo(
                new CardPhoto(PlatformId.TELEGRAM, "AgAC")).button(Button.callback("A", "a")).build())))
                .doesNotContain("photo_id");
    }

    @Test
    void buttonsThatMustBeAloneInAKeyboardRowMayShareACard() {
        Cards cards = Cards.of("Pick", Card.titled("A").button(Button.location(), Button.callback("A", "a")).build());

        assertThat(check(cards).violations()).isEmpty();
    }

    @Test
    void aRepeatedPayloadIsAWarningNamingTheOtherCard() {
        Cards cards = Cards.of("Pick", plain(1), plain(1));

        ValidationReport report = check(cards);

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("cards[1].buttons[0].payload");
            assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE_PAYLOAD);
            assertThat(v.message()).contains("cards[0].buttons[0]");
        });
    }

    @Test
    void rejectsAMalformedVkPhotoId() {
        assertThatThrownBy(() -> CardPhoto.vk("photo-1_2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-123_456");
    }

    private static List<Map<String, Object>> summaries(ValidationReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Violation v : report.violations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", v.path());
            entry.put("code", v.code().name());
            v.limit().ifPresent(limit -> entry.put("limit", limit));
            v.actual().ifPresent(actual -> entry.put("actual", actual));
            out.add(entry);
        }
        return out;
    }
}
