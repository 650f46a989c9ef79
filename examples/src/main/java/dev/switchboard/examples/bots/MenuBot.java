package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotContext;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardAction;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.menu.MenuScope;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * A tea shop of nested menus and a carousel: {@code /start} opens the home menu (Teas, Today's
 * picks, Cart). "Teas" is a list of {@value #TEA_COUNT} teas a page at a time (12 on Telegram, 7
 * on VK's inline keyboards, which also hold ‹ › and « Back); a tea opens its screen with "Add to
 * cart", « Back to its page and ⌂ Home. "Cart" lists what this user added, each with "Remove".
 * "Today's picks" replaces the menu with three cards: a VK carousel where the user's app shows
 * carousels, else (and on Telegram) the cards' text and a keyboard of their buttons; each card
 * adds its tea to the cart or goes home.
 */
public final class MenuBot {
    /** A section of the home menu. */
    public record Section(String name) {
        public Section {
            checkArgument(List.of("teas", "picks", "cart").contains(checkNotNull(name, "name")), "section: %s", name);
        }
    }

    /** A tea, by its 1-based number. */
    public record Tea(int id) {
        public Tea {
            checkArgument(id >= 1 && id <= TEA_COUNT, "tea must be 1..%s: %s", TEA_COUNT, id);
        }
    }

    /** How many teas the shop has. */
    public static final int TEA_COUNT = 24;
    /** The home menu's text. */
    public static final String HOME_TEXT = "Tea shop: what would you like?";
    /** The text above today's picks. */
    public static final String PICKS_TEXT = "Today's picks";

    /** Packs a home menu section: {@code section:teas}. */
    public static final CallbackData<Section> SECTION = CallbackData.of("section", Section.class);
    /** Packs a tea of a list: {@code tea:3}. */
    public static final CallbackData<Tea> TEA = CallbackData.of("tea", Tea.class);
    /** Packs "Add to cart": {@code add:3}. */
    public static final CallbackData<Tea> ADD = CallbackData.of("add", Tea.class);
    /** Packs "Remove" from the cart: {@code remove:3}. */
    public static final CallbackData<Tea> REMOVE = CallbackData.of("remove", Tea.class);

    private static final List<String> NAMES = List.of("Sencha", "Gyokuro", "Matcha", "Hojicha", "Genmaicha",
            "Bancha", "Longjing", "Biluochun", "Assam", "Darjeeling", "Ceylon", "Keemun", "Lapsang souchong",
            "Yunnan gold", "Tieguanyin", "Da hong pao", "Oriental beauty", "Milk oolong", "Silver needle",
            "White peony", "Shou pu-erh", "Sheng pu-erh", "Rooibos", "Chamomile");
    private static final List<Integer> PICKS = List.of(3, 9, 15);

    private MenuBot() {
    }

    /** The bot on {@code platforms}. */
    public static Bot build(List<BotPlatform> platforms) {
        return builder(platforms).build();
    }

    /** The bot's builder on {@code platforms}, its menus and handlers registered, for further settings. */
    public static Bot.Builder builder(List<BotPlatform> platforms) {
        checkNotNull(platforms, "platforms");
        KeyboardRules[] rules = platforms.stream().map(BotPlatform::keyboardRules).toArray(KeyboardRules[]::new);
        Carts carts = new Carts();
        List<Menu<Tea>> lists = new ArrayList<>(2);
        Menu<Section> home = Menu.builder("home", SECTION).rules(rules).text(HOME_TEXT).widths(1)
                .items(() -> List.of(MenuItem.of("Teas", new Section("teas")),
                        MenuItem.of("Today's picks", new Section("picks")), MenuItem.of("Cart", new Section("cart"))))
                .onItem((section, press) -> {
                    switch (section.name()) {
                        case "teas" -> lists.get(0).open(press.context());
                        case "cart" -> lists.get(1).open(press.context());
                        default -> press.context().edit(picks(lists.get(0)));
                    }
                })
                .build();
        Menu<Tea> teas = Menu.builder("teas", TEA).rules(rules).text("Teas").parent(home)
                .items(() -> IntStream.rangeClosed(1, TEA_COUNT).mapToObj(id -> MenuItem.of(name(id), new Tea(id)))
                        .toList())
                .onItem((tea, press) -> press.show(describe(tea.id()),
                        List.of(List.of(Button.callback("Add to cart", ADD.pack(tea))))))
                .build();
        Menu<Tea> cart = Menu.builder("cart", TEA).rules(rules).text("Your cart").emptyText("Your cart is empty.")
                .parent(home)
                .itemsFor(scope -> carts.of(scope).stream().map(id -> MenuItem.of(name(id), new Tea(id))).toList())
                .onItem((tea, press) -> press.show(name(tea.id()) + " is in your cart.",
                        List.of(List.of(Button.callback("Remove", REMOVE.pack(tea))))))
                .build();
        lists.add(teas);
        lists.add(cart);
        return cart.register(teas.register(home.register(Bot.builder().platforms(platforms))))
                .onCommand("start", (message, ctx) -> home.open(ctx))
                .onPress(ADD, (press, tea, ctx) -> {
                    carts.add(ctx, tea.id());
                    ctx.answer(PressAnswer.toast(name(tea.id()) + " is in your cart"));
                })
                .onPress(REMOVE, (press, tea, ctx) -> {
                    carts.remove(ctx, tea.id());
                    ctx.answer(PressAnswer.toast(name(tea.id()) + " left your cart"));
                    cart.open(ctx);
                });
    }

    /** The name of tea {@code id}. */
    public static String name(int id) {
        return NAMES.get(new Tea(id).id() - 1);
    }

    /** The text of tea {@code id}'s screen. */
    public static String describe(int id) {
        return name(id) + ": " + (id <= 8 ? "green" : id <= 18 ? "black or oolong" : id <= 22 ? "white or pu-erh"
                : "herbal") + ", 50 g.";
    }

    /** Today's picks as cards, each adding its tea to the cart or opening {@code teas}. */
    static Cards picks(Menu<Tea> teas) {
        return Cards.of(PICKS_TEXT, PICKS.stream().map(id -> Card.titled(name(id)).description(describe(id))
                .button(Button.callback("Add to cart", ADD.pack(new Tea(id))), teas.openButton("All teas"))
                .action(CardAction.openLink("https://example.com/teas/" + id))
                .build()).toList());
    }

    /** Each user's cart, in the order teas were added. */
    private static final class Carts {
        private final Map<String, CopyOnWriteArrayList<Integer>> carts = new ConcurrentHashMap<>();

        List<Integer> of(MenuScope scope) {
            return scope.userId().isPresent() ? List.copyOf(cart(scope.platform(), scope.userId().getAsLong()))
                    : List.of();
        }

        void add(BotContext ctx, int id) {
            cart(ctx.platform(), ctx.userId().orElseThrow()).addIfAbsent(id);
        }

        void remove(BotContext ctx, int id) {
            cart(ctx.platform(), ctx.userId().orElseThrow()).remove(Integer.valueOf(id));
        }

        private CopyOnWriteArrayList<Integer> cart(PlatformId platform, long user) {
            return carts.computeIfAbsent(platform.value() + ":" + user, key -> new CopyOnWriteArrayList<>());
        }
    }
}
