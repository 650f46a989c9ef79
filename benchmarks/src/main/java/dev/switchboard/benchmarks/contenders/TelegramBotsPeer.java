package dev.switchboard.benchmarks.contenders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.ButtonSpec;
import dev.switchboard.benchmarks.KeyboardSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * TelegramBots ({@code org.telegram:telegrambots-meta}): its model classes read and written with
 * one shared Jackson {@link ObjectMapper}, as its long-polling and webhook code does.
 */
public final class TelegramBotsPeer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TelegramBotsPeer() {
    }

    /** {@code ObjectMapper.readValue(bytes, Update.class)}. */
    public static Update parse(byte[] utf8) {
        try {
            return MAPPER.readValue(utf8, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the equivalent {@link InlineKeyboardMarkup} and serialises it. */
    public static String render(KeyboardSpec spec) {
        List<InlineKeyboardRow> rows = new ArrayList<>(spec.rows().size());
        for (List<ButtonSpec> row : spec.rows()) {
            InlineKeyboardRow buttons = new InlineKeyboardRow();
            for (ButtonSpec b : row) {
                InlineKeyboardButton button = new InlineKeyboardButton(b.label());
                b.payload().ifPresent(button::setCallbackData);
                b.url().ifPresent(button::setUrl);
                b.style().map(TelegramBotsPeer::style).ifPresent(button::setStyle);
                buttons.add(button);
            }
            rows.add(buttons);
        }
        try {
            return MAPPER.writeValueAsString(new InlineKeyboardMarkup(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bot API 9.4 style names. */
    static String style(String neutral) {
        return switch (neutral) {
            case "positive" -> "success";
            case "negative" -> "danger";
            default -> neutral;
        };
    }
}
