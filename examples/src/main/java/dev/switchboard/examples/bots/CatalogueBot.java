package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.payload.CallbackData;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue with pages: {@code /start} (or VK's Start button, or the text {@code start}) shows
 * page 1 of 60 items, 6 per page. Each page has its items in three rows of two and a navigation row
 * with ◀ (not on the first page) and ▶ (not on the last): at most 8 buttons, inside VK's 10 for an
 * inline keyboard, and every payload ({@code page:10}, {@code item:60:10}) far inside Telegram's
 * 64 bytes. Pressing ◀ or ▶ edits the message to that page; pressing an item edits it to show the
 * item with a "Back to page N" button. Presses are answered by the runtime ({@code none()}) when
 * the handler returns.
 */
public final class CatalogueBot {
    /** A page of the catalogue, 1-based. */
    public record Page(int number) {
        public Page {
            checkArgument(number >= 1 && number <= PAGES, "page must be 1..%s: %s", PAGES, number);
        }
    }

    /** An item, 1-based, and the page it was chosen on. */
    public record Item(int id, int page) {
        public Item {
            checkArgument(id >= 1 && id <= ITEMS, "item must be 1..%s: %s", ITEMS, id);
            checkArgument(page >= 1 && page <= PAGES, "page must be 1..%s: %s", PAGES, page);
        }
    }

    /** How many items there are. */
    public static final int ITEMS = 60;
    /** How many items a page shows. */
    public static final int PER_PAGE = 6;
    /** How many pages there are. */
    public static final int PAGES = (ITEMS + PER_PAGE - 1) / PER_PAGE;

    /** Packs {@code new Page(2)} to {@code page:2}. */
    public static final CallbackData<Page> PAGE = CallbackData.of("page", Page.class);
    /** Packs {@code new Item(7, 2)} to {@code item:7:2}. */
    public static final CallbackData<Item> ITEM = CallbackData.of("item", Item.class);

    private CatalogueBot() {
    }

    /** The bot on {@code platforms}, with the runtime's defaults. */
    public static Bot build(List<BotPlatform> platforms) {
        return builder(platforms).build();
    }

    /** The bot's builder on {@code platforms}, handlers registered, for further settings. */
    public static Bot.Builder builder(List<BotPlatform> platforms) {
        checkNotNull(platforms, "platforms");
        Bot.Builder builder = Bot.builder();
        platforms.forEach(builder::platform);
        return builder
                .onCommand("start", (message, ctx) -> ctx.reply(pageText(1), page(1)))
                .onPress(PAGE, (press, page, ctx) ->
                        ctx.edit(pageText(page.number()), KeyboardChange.replace(page(page.number()))))
                .onPress(ITEM, (press, item, ctx) ->
                        ctx.edit(itemText(item.id()), KeyboardChange.replace(item(item))));
    }

    /** The text above page {@code number}. */
    public static String pageText(int number) {
        return "Catalogue, page " + number + " of " + PAGES;
    }

    /** The text of item {@code id}. */
    public static String itemText(int id) {
        return "Item " + id + ": a fine thing, number " + id + " of " + ITEMS;
    }

    /** The keyboard of page {@code number}: its items in rows of two, then ◀ and ▶ where they lead somewhere. */
    public static Keyboard page(int number) {
        Page page = new Page(number);
        KeyboardBuilder keyboard = Keyboard.inline();
        List<Button> items = new ArrayList<>();
        int first = (page.number() - 1) * PER_PAGE + 1;
        for (int id = first; id < first + PER_PAGE && id <= ITEMS; id++) {
            items.add(Button.callback("Item " + id, ITEM.pack(new Item(id, page.number()))));
        }
        for (int i = 0; i < items.size(); i += 2) {
            keyboard.row(items.subList(i, Math.min(i + 2, items.size())));
        }
        List<Button> nav = new ArrayList<>(2);
        if (page.number() > 1) {
            nav.add(Button.callback("◀", PAGE.pack(new Page(page.number() - 1))));
        }
        if (page.number() < PAGES) {
            nav.add(Button.callback("▶", PAGE.pack(new Page(page.number() + 1))));
        }
        if (!nav.isEmpty()) {
            keyboard.row(nav);
        }
        return keyboard.build();
    }

    /** The keyboard under an item: back to the page it was chosen on. */
    public static Keyboard item(Item item) {
        return Keyboard.inline()
                .row(Button.callback("Back to page " + item.page(), PAGE.pack(new Page(item.page()))))
                .build();
    }
}
