package dev.switchboard.benchmarks.contenders;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.utility.BotUtils;
import dev.switchboard.benchmarks.ButtonSpec;
import dev.switchboard.benchmarks.KeyboardSpec;
import java.util.List;

/**
 * java-telegram-bot-api ({@code com.github.pengrad}): {@code BotUtils.parseUpdate} and its
 * model serialised with its own Gson ({@code BotUtils.toJson}). Its API takes a {@code String},
 * so it is handed the already-decoded text, which spares it the UTF-8 decoding the others do.
 */
public final class PengradPeer {
    private PengradPeer() {
    }

    /** {@code BotUtils.parseUpdate(json)}. */
    public static Update parse(String json) {
        return BotUtils.parseUpdate(json);
    }

    /** Builds the equivalent {@link InlineKeyboardMarkup} and serialises it. */
    public static String render(KeyboardSpec spec) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<ButtonSpec> row : spec.rows()) {
            InlineKeyboardButton[] buttons = new InlineKeyboardButton[row.size()];
            for (int i = 0; i < buttons.length; i++) {
                ButtonSpec b = row.get(i);
                InlineKeyboardButton button = new InlineKeyboardButton(b.label());
                b.payload().ifPresent(button::callbackData);
                b.url().ifPresent(button::url);
                b.style().map(TelegramBotsPeer::style).ifPresent(button::style);
                buttons[i] = button;
            }
            markup.addRow(buttons);
        }
        return BotUtils.toJson(markup);
    }
}
