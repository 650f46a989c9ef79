package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardAction;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.cards.CardsValidator;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.CardsRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import java.io.CharArrayWriter;
import java.io.IOException;

/**
 * Writes VK's carousel {@code template} for {@code messages.send} and {@code messages.edit}:
 * {@code {"type":"carousel","elements":[{"title","description","photo_id","buttons":[…],"action"}]}},
 * each element's fields in that order and only those the card has, each button exactly as
 * {@link VkKeyboardWriter} writes it. Checks the cards against {@link VkRules#CAROUSEL} first.
 */
final class VkCarouselWriter {
    private VkCarouselWriter() {
    }

    /**
     * The {@code template} parameter for {@code cards}.
     *
     * @throws CardsRejectedException if VK would reject the cards
     */
    static String write(Cards cards) {
        checkNotNull(cards, "cards");
        ValidationReport report = CardsValidator.validate(cards, VkRules.CAROUSEL);
        if (!report.isValid()) {
            throw new CardsRejectedException(report);
        }
        CharArrayWriter out = new CharArrayWriter(64 + 160 * cards.cards().size());
        try (JsonGenerator json = VkPayload.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "carousel");
            json.writeArrayFieldStart("elements");
            for (Card card : cards.cards()) {
                writeElement(json, card);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing a VK carousel to a String failed", e);
        }
        return out.toString();
    }

    private static void writeElement(JsonGenerator json, Card card) throws IOException {
        json.writeStartObject();
        if (card.title().isPresent()) {
            json.writeStringField("title", card.title().get());
        }
        if (card.description().isPresent()) {
            json.writeStringField("description", card.description().get());
        }
        if (card.hasPhotoOn(PlatformId.VK)) {
            json.writeStringField("photo_id", card.photo().orElseThrow().id());
        }
        json.writeArrayFieldStart("buttons");
        for (Button button : card.buttons()) {
            copyButton(json, button);
        }
        json.writeEndArray();
        if (card.action().isPresent()) {
            CardAction action = card.action().get();
            json.writeObjectFieldStart("action");
            json.writeStringField("type", action.type());
            if (action instanceof CardAction.OpenLink link) {
                json.writeStringField("link", link.url());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * Writes {@code button} as VK's keyboard writer does: it writes a keyboard of that one button,
     * whose {@code buttons[0][0]} is copied here, so a carousel button and a keyboard button never differ.
     */
    private static void copyButton(JsonGenerator json, Button button) throws IOException {
        String keyboard = VkKeyboardWriter.INSTANCE.write(Keyboard.inline().row(button).build());
        try (JsonParser parser = VkPayload.JSON.createParser(keyboard)) {
            JsonToken token = parser.nextToken();
            while (token != null && !(token == JsonToken.FIELD_NAME && parser.currentName().equals("buttons"))) {
                token = parser.nextToken();
            }
            parser.nextToken(); // [ of rows
            parser.nextToken(); // [ of the row
            parser.nextToken(); // { of the button
            json.copyCurrentStructure(parser);
        }
    }
}
