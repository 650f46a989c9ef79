package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue with pages: {@code /start} (or VK's Start button, or the text {@code start}) shows
 * page 1 of 60 items, 6 per page. Each page has its items in three rows of two and a navigation row
 * with ◀ (not on the first page) and ▶ (not on the last): at most 8 buttons, inside VK's 10 for an
 * inline keyboard, and every page's payload ({@code page:10}, {@code item:60:10}) far inside
 * Telegram's 64 bytes. Pressing ◀ or ▶ edits the message to that page; pressing an item edits it to show the
 * item with "Reserve", "Check stock" and "Back to page N" buttons. Presses are answered by the
 * runtime ({@code none()}) when the handler returns, except where said otherwise below.
 *
 * <p>Two buttons of an item show what the runtime does for a bot:
 * <ul>
 * <li>"Reserve" carries the item's slug ({@code reserve:9:item-9-a-fine-thing-…}, over 64 bytes):
 *     the bot is built with a {@link PayloadStore}, so on Telegram the button goes out as a short
 *     {@code ~s:} token and the handler still gets the whole payload back (VK's 255 characters
 *     take it as it is). The handler answers with a toast naming the slug.
 * <li>"Check stock" asks a slow warehouse (simulated: {@link #STOCK_LOOKUP} by default, longer
 *     than Telegram's 8 s answer deadline on purpose). The runtime answers the press with
 *     {@code none()} at the deadline, so the user's button stops spinning, and the handler edits
 *     the message with the stock once it knows.
 * </ul>
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

    /** A reservation of an item: its id and its slug, long enough to need the payload store on Telegram. */
    public record Reservation(int id, String slug) {
        public Reservation {
            checkArgument(id >= 1 && id <= ITEMS, "item must be 1..%s: %s", ITEMS, id);
            checkNotNull(slug, "slug");
        }
    }

    /** A stock check of item {@code id}. */
    public record Stock(int id) {
        public Stock {
            checkArgument(id >= 1 && id <= ITEMS, "item must be 1..%s: %s", ITEMS, id);
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
    /** Packs {@code new Reservation(9, "item-9-…")} to {@code reserve:9:item-9-…}. */
    public static final CallbackData<Reservation> RESERVE = CallbackData.of("reserve", Reservation.class);
    /** Packs {@code new Stock(9)} to {@code stock:9}. */
    public static final CallbackData<Stock> STOCK = CallbackData.of("stock", Stock.class);

    /** How long "Check stock" takes by default: longer than Telegram's answer deadline (8 s). */
    public static final Duration STOCK_LOOKUP = Duration.ofSeconds(10);

    private CatalogueBot() {
    }

    /** The bot on {@code platforms}, with the runtime's defaults and an in-memory payload store. */
    public static Bot build(List<BotPlatform> platforms) {
        return builder(platforms).build();
    }

    /**
     * The bot's builder on {@code platforms}, handlers registered and an in-memory payload store
     * set, for further settings; "Check stock" takes {@link #STOCK_LOOKUP}.
     */
    public static Bot.Builder builder(List<BotPlatform> platforms) {
        return builder(platforms, STOCK_LOOKUP);
    }

    /** As {@link #builder(List)}, with "Check stock" taking {@code stockLookup}. */
    public static Bot.Builder builder(List<BotPlatform> platforms, Duration stockLookup) {
        checkNotNull(platforms, "platforms");
        checkNotNull(stockLookup, "stockLookup");
        return Bot.builder().platforms(platforms)
                .payloadStore(PayloadStore.inMemory())
                .onCommand("start", (message, ctx) -> ctx.reply(pageText(1), page(1)))
                .onPress(PAGE, (press, page, ctx) ->
                        ctx.edit(pageText(page.number()), KeyboardChange.replace(page(page.number()))))
                .onPress(ITEM, (press, item, ctx) ->
                        ctx.edit(itemText(item.id()), KeyboardChange.replace(item(item))))
                .onPress(RESERVE, (press, reservation, ctx) ->
                        ctx.answer(PressAnswer.toast("Reserved: " + reservation.slug())))
                .onPress(STOCK, (press, stock, ctx) -> {
                    Thread.sleep(stockLookup.toMillis());
                    ctx.edit(itemText(stock.id()) + "\n" + stockText(stock.id()), KeyboardChange.keep());
                });
    }

    /** The text above page {@code number}. */
    public static String pageText(int number) {
        return "Catalogue, page " + number + " of " + PAGES;
    }

    /** The text of item {@code id}. */
    public static String itemText(int id) {
        return "Item " + id + ": a fine thing, number " + id + " of " + ITEMS;
    }

    /** What "Check stock" finds for item {@code id}. */
    public static String stockText(int id) {
        return "In stock: " + (id * 7 % 5) + " (checked just now)";
    }

    /** The slug of item {@code id}, as its "Reserve" button carries it: over 64 bytes once packed. */
    public static String slug(int id) {
        return "item-" + id + "-a-fine-thing-number-" + id + "-of-" + ITEMS + "-from-the-spring-catalogue";
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

    /** The keyboard under an item: reserve it, check its stock, and back to the page it was chosen on. */
    public static Keyboard item(Item item) {
        return Keyboard.inline()
                .row(Button.callback("Reserve", RESERVE.pack(new Reservation(item.id(), slug(item.id())))),
                        Button.callback("Check stock", STOCK.pack(new Stock(item.id()))))
                .row(Button.callback("◀ Back to page " + item.page(), PAGE.pack(new Page(item.page()))))
                .build();
    }
}
