package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.menu.MenuPage;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * A catalogue of 60 items on a {@link Menu}: {@code /start} (or VK's Start button, or the text
 * {@code start}) shows the first page. The menu fits its pages to each platform: 12 items a page in
 * rows of two on Telegram ("Page 1 of 5"), 8 on VK's inline keyboards, whose 10 buttons must hold
 * ‹ and › too ("Page 1 of 8"). ‹ and › edit the message to another page; pressing an item edits it
 * to the item's screen with "Reserve", "Check stock" and "« Back" to the page it was on. Presses
 * are answered by the runtime ({@code none()}) when the handler returns, except where said below.
 *
 * <p>When the catalogue changes ({@link Shelf#sellOut}), a press on a page shown before the change
 * is stale: the user gets {@link #STALE_NOTICE} and the page as it is
 * now, never another item than the one they saw.
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
    /** An item of the catalogue, 1-based. */
    public record Item(int id) {
        public Item {
            checkArgument(id >= 1 && id <= ITEMS, "item must be 1..%s: %s", ITEMS, id);
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

    /** The items on sale, in order; starts with all {@link #ITEMS}. Thread-safe. */
    public static final class Shelf {
        private final List<Integer> ids = new CopyOnWriteArrayList<>();

        private Shelf() {
            IntStream.rangeClosed(1, ITEMS).forEach(ids::add);
        }

        /** A shelf with every item on it. */
        public static Shelf full() {
            return new Shelf();
        }

        /** Takes item {@code id} off the shelf: the pages from its own on change. */
        public void sellOut(int id) {
            checkArgument(ids.remove(Integer.valueOf(id)), "item %s is not on the shelf", id);
        }

        /** The ids of the items on the shelf, in order. */
        public List<Integer> ids() {
            return List.copyOf(ids);
        }
    }

    /** How many items there are. */
    public static final int ITEMS = 60;
    /** What a press on a page shown before the catalogue changed gets, with the page as it is now. */
    public static final String STALE_NOTICE = "This catalogue has changed: here it is as it is now.";
    /** The menu's text above every page. */
    public static final String TITLE = "Catalogue";

    /** Packs {@code new Item(7)} to {@code item:7}. */
    public static final CallbackData<Item> ITEM = CallbackData.of("item", Item.class);
    /** Packs {@code new Reservation(9, "item-9-…")} to {@code reserve:9:item-9-…}. */
    public static final CallbackData<Reservation> RESERVE = CallbackData.of("reserve", Reservation.class);
    /** Packs {@code new Stock(9)} to {@code stock:9}. */
    public static final CallbackData<Stock> STOCK = CallbackData.of("stock", Stock.class);

    /** How long "Check stock" takes by default: longer than Telegram's answer deadline (8 s). */
    public static final Duration STOCK_LOOKUP = Duration.ofSeconds(10);

    private static final Map<PlatformId, KeyboardRules> RULES =
            Map.of(PlatformId.TELEGRAM, TelegramPlatform.rules(), PlatformId.VK, VkPlatform.rules());

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
        return builder(platforms, stockLookup, Shelf.full());
    }

    /** As {@link #builder(List, Duration)}, selling what is on {@code shelf}. */
    public static Bot.Builder builder(List<BotPlatform> platforms, Duration stockLookup, Shelf shelf) {
        checkNotNull(platforms, "platforms");
        checkNotNull(stockLookup, "stockLookup");
        Menu<Item> catalogue = menu(shelf, platforms.stream().map(BotPlatform::keyboardRules)
                .toArray(KeyboardRules[]::new));
        return catalogue.register(Bot.builder().platforms(platforms))
                .payloadStore(PayloadStore.inMemory())
                .onCommand("start", (message, ctx) -> catalogue.open(ctx))
                .onPress(RESERVE, (press, reservation, ctx) ->
                        ctx.answer(PressAnswer.toast("Reserved: " + reservation.slug())))
                .onPress(STOCK, (press, stock, ctx) -> {
                    Thread.sleep(stockLookup.toMillis());
                    ctx.edit(itemText(stock.id()) + "\n" + stockText(stock.id()), KeyboardChange.keep());
                });
    }

    /** The catalogue menu of what is on {@code shelf}, fitted for the platforms of {@code rules}. */
    public static Menu<Item> menu(Shelf shelf, KeyboardRules... rules) {
        checkNotNull(shelf, "shelf");
        return Menu.builder("catalogue", ITEM).rules(rules).text(TITLE).staleNotice(STALE_NOTICE)
                .items(() -> shelf.ids().stream().map(id -> MenuItem.of("Item " + id, new Item(id))).toList())
                .onItem((item, press) -> press.show(itemText(item.id()), List.of(List.of(
                        Button.callback("Reserve", RESERVE.pack(new Reservation(item.id(), slug(item.id())))),
                        Button.callback("Check stock", STOCK.pack(new Stock(item.id())))))))
                .build();
    }

    /** Every page of the full catalogue as {@code platform} shows it. */
    public static List<MenuPage> pages(PlatformId platform) {
        KeyboardRules rules = RULES.get(checkNotNull(platform, "platform"));
        checkArgument(rules != null, "no rules for %s", platform);
        return menu(Shelf.full(), rules).pages(rules);
    }

    /** The text of page {@code number} (1-based) of the full catalogue on {@code platform}. */
    public static String pageText(PlatformId platform, int number) {
        List<MenuPage> pages = pages(platform);
        checkArgument(number >= 1 && number <= pages.size(), "page must be 1..%s: %s", pages.size(), number);
        return pages.get(number - 1).text();
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
}
