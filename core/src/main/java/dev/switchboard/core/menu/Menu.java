package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotContext;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.menu.Payloads.Open;
import dev.switchboard.core.menu.Payloads.Pick;
import dev.switchboard.core.menu.Payloads.Turn;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A menu written once for every platform: a text and a list of items a page at a time, with
 * ‹ › between pages, optional action rows, and back/home to other menus. Each platform gets pages
 * fitted to its own limits by {@link KeyboardFitter} (say 12 items a page on Telegram, 8 on VK's
 * inline keyboards), with "page i of n" right for it.
 *
 * <pre>{@code
 * Menu<Product> shop = Menu.builder("shop", PRODUCT)
 *     .rules(TelegramPlatform.rules(), VkPlatform.rules())
 *     .text("Products")
 *     .items(() -> products.stream().map(p -> MenuItem.of(p.name(), p)).toList())
 *     .onItem((product, press) -> press.show(product.name(), List.of()))
 *     .build();
 * Bot bot = shop.register(Bot.builder().platform(telegram).platform(vk)
 *     .onCommand("start", (message, ctx) -> shop.open(ctx))).build();
 * }</pre>
 *
 * <p>Presses: every item and page-turn payload carries the 6-character fingerprint of the page it
 * was shown on (its items, their values, its number and the page count on that platform). A press
 * whose page is no longer the same — the items changed, or the page count — is <em>stale</em>: the
 * item handler does not run; the user gets a toast ({@link Builder#staleNotice}) and the page as it
 * is now. Fingerprints hang on content only, so presses stay good across restarts and replicas
 * while the items do not change. An item's value rides in its payload when it fits the platform;
 * otherwise, with the bot's payload store given to {@link Builder#payloadStore}, it rides whole as a
 * store token, else the payload names the item by its index alone, which the fingerprint makes as
 * safe. A press whose value is not the current item's is stale too. Page changes edit the message
 * in place (VK through its {@code conversation_message_id}); where the press names no message, a
 * new one is sent.
 *
 * <p>Keyboards: inline by default; {@link Builder#keyboardType} puts the menu on standard
 * keyboards, and a VK user whose app reports no inline keyboards or callback buttons
 * ({@code client_info}) gets it on a standard keyboard anyway, fitted to the standard keyboard's
 * limits (more items a page there), each page a new message.
 *
 * <p>With payload signing on ({@code Bot.Builder.signPayloads}), give the same signer to
 * {@link Builder#signedWith} so pages are fitted with the signed payloads' sizes; the runtime
 * signs and verifies them as every payload. Immutable and thread-safe if the item source is.
 *
 * @param <T> the items' value type
 */
public final class Menu<T extends Record> {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final String id;
    private final Payloads payloads;
    private final Map<PlatformId, KeyboardRules> rules;
    private final ItemSource<T> items;
    private final ItemHandler<T> handler;
    private final Renderer<T> renderer;
    private final Optional<Menu<?>> home;
    private final String backLabel;
    private final String homeLabel;
    private final String staleNotice;
    private final KeyboardType type;

    private Menu(Builder<T> builder) {
        this.id = builder.id;
        this.payloads = new Payloads(builder.id);
        this.rules = Map.copyOf(builder.rules);
        this.items = builder.items;
        this.handler = builder.handler;
        this.home = builder.home.isPresent() ? builder.home
                : builder.parent.flatMap(parent -> parent.home.isPresent() ? parent.home : Optional.of(parent));
        this.backLabel = builder.backLabel;
        this.homeLabel = builder.homeLabel;
        this.staleNotice = builder.staleNotice;
        List<Button> exits = new ArrayList<>(2);
        builder.parent.ifPresent(parent -> exits.add(parent.openButton(backLabel, 0)));
        home.filter(target -> builder.parent.map(parent -> parent != target).orElse(true))
                .ifPresent(target -> exits.add(target.openButton(homeLabel, 0)));
        this.type = builder.type;
        this.renderer = new Renderer<>(payloads, builder.codec, builder.signer, builder.store.isPresent(),
                builder.widths, builder.pageSize,
                builder.text, builder.emptyText, builder.pageLabel, List.copyOf(builder.actions), List.copyOf(exits));
    }

    /**
     * Starts a menu whose payloads all start with {@code id} and whose item values {@code codec} packs.
     *
     * @param id 1 to 16 of {@code A–Z a–z 0–9 _ -}, unique among the bot's menus and payload prefixes
     */
    public static <T extends Record> Builder<T> builder(String id, CallbackData<T> codec) {
        checkNotNull(id, "id");
        checkArgument(ID.matcher(id).matches(), "menu id must be 1 to 16 of A-Z a-z 0-9 _ -: %s", id);
        return new Builder<>(id, checkNotNull(codec, "codec"));
    }

    /** The menu's id, the first segment of its payloads. */
    public String id() {
        return id;
    }

    /**
     * Every page of the menu as the platform of {@code rules} shows it, for the items there are now.
     *
     * @throws dev.switchboard.core.fit.KeyboardFitException when no page can fit (a label too long,
     *         action rows that leave no room for an item)
     */
    public List<MenuPage> pages(KeyboardRules rules) {
        checkNotNull(rules, "rules");
        return pages(rules, MenuScope.of(rules.platform()));
    }

    /**
     * Every page of the menu as the platform of {@code rules} shows it to {@code scope}'s user.
     *
     * @throws dev.switchboard.core.fit.KeyboardFitException when no page can fit
     */
    public List<MenuPage> pages(KeyboardRules rules, MenuScope scope) {
        return pages(rules, scope, type);
    }

    /**
     * Every page of the menu on keyboards of {@code type} ({@code INLINE} or {@code STANDARD}), as
     * a user whose app lacks inline keyboards gets it.
     *
     * @throws dev.switchboard.core.fit.KeyboardFitException when no page can fit
     */
    public List<MenuPage> pages(KeyboardRules rules, MenuScope scope, KeyboardType type) {
        checkNotNull(rules, "rules");
        checkNotNull(scope, "scope");
        checkArgument(type == KeyboardType.INLINE || type == KeyboardType.STANDARD,
                "a menu is shown on INLINE or STANDARD keyboards: %s", type);
        return renderer.render(rules, type, currentItems(scope));
    }

    /** Shows the first page: edits the pressed message for a press, else sends a new one. */
    public void open(BotContext context) {
        open(context, 0);
    }

    /** Shows page {@code page} (the last one if there are fewer): in place for a press, else as a new message. */
    public void open(BotContext context, int page) {
        checkNotNull(context, "context");
        checkArgument(page >= 0, "page must not be negative: %s", page);
        List<MenuPage> pages = pages(rulesOf(context.platform()), scopeOf(context), typeFor(context));
        show(context, pages.get(Math.min(page, pages.size() - 1)));
    }

    /** A button that opens this menu at its first page, for another menu's actions or a screen. */
    public Button openButton(String label) {
        return openButton(label, 0);
    }

    /** Whether {@code press} carries one of this menu's payloads. */
    public boolean owns(ButtonPress press) {
        return checkNotNull(press, "press").payload().map(payloads::owns).orElse(false);
    }

    /**
     * Handles a press on one of this menu's buttons: turns the page, opens it, or hands a press on a
     * current item to the item handler; a stale press gets the page as it is now and a toast.
     */
    public void handle(ButtonPress press, BotContext context) throws Exception {
        checkNotNull(press, "press");
        checkNotNull(context, "context");
        String payload = press.payload().orElseThrow(() -> new IllegalArgumentException("press without payload"));
        List<MenuItem<T>> current = currentItems(scopeOf(context));
        List<MenuPage> pages = renderer.render(rulesOf(context.platform()), typeFor(context), current);
        Optional<Open> open = payloads.open.unpack(payload);
        if (open.isPresent()) {
            show(context, pages.get(Math.min(open.get().page(), pages.size() - 1)));
            return;
        }
        Optional<Turn> turn = payloads.turn.unpack(payload);
        if (turn.isPresent()) {
            Turn t = turn.get();
            if (t.from() >= pages.size() || !pages.get(t.from()).fingerprint().equals(t.fp())) {
                stale(context, pages, t.from());
            } else {
                show(context, pages.get(Math.min(t.to(), pages.size() - 1)));
            }
            return;
        }
        Optional<Pick> pick = payloads.pick.unpack(payload);
        if (pick.isEmpty()) {
            stale(context, pages, 0);
            return;
        }
        Pick p = pick.get();
        Optional<MenuPage> page = pages.stream()
                .filter(candidate -> p.index() >= candidate.firstItem()
                        && p.index() < candidate.firstItem() + candidate.itemCount())
                .findFirst();
        boolean otherValue = !p.value().isEmpty() && p.index() < current.size()
                && !p.value().equals(renderer.value(current.get(p.index())));
        if (page.isEmpty() || !page.get().fingerprint().equals(p.fp()) || otherValue) {
            stale(context, pages, page.map(MenuPage::index).orElse(pages.size() - 1));
            return;
        }
        handler.handle(current.get(p.index()).value(), new MenuPress(this, press, context, page.get().index()));
    }

    /** Registers this menu's presses on {@code bot} and returns it, for chaining. */
    public Bot.Builder register(Bot.Builder bot) {
        checkNotNull(bot, "bot");
        Predicate<ButtonPress> mine = this::owns;
        return bot.onPress(mine, this::handle);
    }

    @Override
    public String toString() {
        return "Menu[" + id + "]";
    }

    Button openButton(String label, int page) {
        return Button.callback(checkNotNull(label, "label"), payloads.open.pack(new Open(page)));
    }

    String backLabel() {
        return backLabel;
    }

    /** An item screen: text, the handler's actions, then back to {@code page} and home. */
    void showScreen(BotContext context, String text, List<List<Button>> actions, int page) {
        List<Button> exits = new ArrayList<>(2);
        exits.add(openButton(backLabel, page));
        home.filter(target -> target != this).ifPresent(target -> exits.add(target.openButton(homeLabel, 0)));
        KeyboardType shownOn = typeFor(context);
        List<List<Button>> rows = new ArrayList<>(actions.size() + 1);
        actions.forEach(row -> rows.add(row.stream().map(button -> Renderer.on(shownOn, button)).toList()));
        rows.add(exits.stream().map(button -> Renderer.on(shownOn, button)).toList());
        show(context, text, Optional.of(reflowed(shownOn, rows, rulesOf(context.platform()))));
    }

    /**
     * {@code rows} reflowed to the platform's widths. Payloads are left to the runtime, which stores
     * the ones too long for the platform when the bot has a payload store and refuses them otherwise,
     * so the layout is fitted with a short stand-in for each.
     */
    private static Keyboard reflowed(KeyboardType type, List<List<Button>> rows, KeyboardRules rules) {
        Map<String, Button> originals = new LinkedHashMap<>();
        var keyboard = type == KeyboardType.STANDARD ? Keyboard.standard() : Keyboard.inline();
        for (List<Button> row : rows) {
            keyboard.row(row.stream().map(button -> {
                String standIn = "b" + originals.size();
                if (button instanceof CallbackButton callback) {
                    originals.put(standIn, button);
                    return (Button) new CallbackButton(callback.label(), standIn, callback.style());
                }
                if (button instanceof TextButton text && text.payload().isPresent()) {
                    originals.put(standIn, button);
                    return new TextButton(text.label(), Optional.of(standIn), text.style());
                }
                return button;
            }).toList());
        }
        Keyboard fitted = KeyboardFitter.of(rules).reflow(keyboard.build());
        List<List<Button>> restored = fitted.rows().stream().map(row -> row.stream().map(button -> {
            if (button instanceof CallbackButton callback) {
                return originals.getOrDefault(callback.payload(), button);
            }
            if (button instanceof TextButton text && text.payload().isPresent()) {
                return originals.getOrDefault(text.payload().get(), button);
            }
            return button;
        }).toList()).toList();
        return new Keyboard(fitted.type(), restored, fitted.oneTime(), fitted.persistent(), fitted.placeholder());
    }

    private void stale(BotContext context, List<MenuPage> pages, int page) {
        context.answer(PressAnswer.toast(staleNotice));
        show(context, pages.get(Math.max(0, Math.min(page, pages.size() - 1))));
    }

    private void show(BotContext context, MenuPage page) {
        show(context, page.text(), page.keyboard());
    }

    private static void show(BotContext context, String text, Optional<Keyboard> keyboard) {
        if (context.update() instanceof ButtonPress press && press.source() == PressSource.CALLBACK
                && (press.messageId().isPresent() || press.inlineMessageId().isPresent())) {
            context.edit(text, keyboard.map(KeyboardChange::replace).orElse(KeyboardChange.remove()));
        } else if (keyboard.isPresent()) {
            context.reply(text, keyboard.get());
        } else {
            context.reply(text);
        }
    }

    /**
     * The keyboard type the menu takes for the user of {@code context}: its own, except that an
     * inline menu goes on a standard keyboard for an app that reported no inline keyboards or no
     * callback buttons (VK's {@code client_info}).
     */
    private KeyboardType typeFor(BotContext context) {
        if (type == KeyboardType.STANDARD) {
            return type;
        }
        return context.client().filter(client -> !client.inlineKeyboard() || !client.supportsCallbackButtons())
                .map(client -> KeyboardType.STANDARD).orElse(type);
    }

    private static MenuScope scopeOf(BotContext context) {
        return new MenuScope(context.platform(), context.chatId(), context.userId());
    }

    private List<MenuItem<T>> currentItems(MenuScope scope) {
        List<MenuItem<T>> list = items.items(scope);
        checkState(list != null, "menu %s: the item source returned null", id);
        return List.copyOf(list);
    }

    private KeyboardRules rulesOf(PlatformId platform) {
        KeyboardRules found = rules.get(platform);
        checkArgument(found != null, "menu %s has no rules for %s: give them to Menu.Builder.rules", id, platform);
        return found;
    }

    /**
     * Configures a {@link Menu}. Defaults: no items, rows of 2 items, at most 12 items a page,
     * labels {@code ‹ › « Back ⌂ Home}, "Page {page} of {pages}" under the text when there are
     * several pages, "Nothing here yet." for an empty list, the toast "This menu has changed: here
     * it is as it is now." for a stale press. Not thread-safe.
     */
    public static final class Builder<T extends Record> {
        private final String id;
        private final CallbackData<T> codec;
        private final Map<PlatformId, KeyboardRules> rules = new LinkedHashMap<>();
        private ItemSource<T> items = scope -> List.of();
        private ItemHandler<T> handler = (value, press) -> { };
        private String text = "";
        private String emptyText = "Nothing here yet.";
        private String pageLabel = "Page {page} of {pages}";
        private String staleNotice = "This menu has changed: here it is as it is now.";
        private String backLabel = "« Back";
        private String homeLabel = "⌂ Home";
        private List<Integer> widths = List.of(2);
        private int pageSize = 12;
        private final List<List<Button>> actions = new ArrayList<>();
        private Optional<Menu<?>> parent = Optional.empty();
        private Optional<Menu<?>> home = Optional.empty();
        private Optional<PayloadSigner> signer = Optional.empty();
        private Optional<PayloadStore> store = Optional.empty();
        private KeyboardType type = KeyboardType.INLINE;

        private Builder(String id, CallbackData<T> codec) {
            this.id = id;
            this.codec = codec;
        }

        /** The rules of each platform the menu is shown on ({@code TelegramPlatform.rules()}, {@code VkPlatform.rules()}). */
        public Builder<T> rules(KeyboardRules... platforms) {
            checkNotNull(platforms, "platforms");
            for (KeyboardRules platform : platforms) {
                rules.put(checkNotNull(platform, "rules").platform(), platform);
            }
            return this;
        }

        /** The text above every page. */
        public Builder<T> text(String text) {
            this.text = checkNotNull(text, "text");
            return this;
        }

        /** The line shown under the text when the list is empty. */
        public Builder<T> emptyText(String emptyText) {
            this.emptyText = checkNotNull(emptyText, "emptyText");
            return this;
        }

        /** The line under the text when there are several pages; {@code {page}} and {@code {pages}} are replaced. */
        public Builder<T> pageLabel(String pageLabel) {
            this.pageLabel = checkNotNull(pageLabel, "pageLabel");
            return this;
        }

        /** The toast a stale press gets with the page as it is now. */
        public Builder<T> staleNotice(String staleNotice) {
            checkArgument(!checkNotNull(staleNotice, "staleNotice").isBlank(), "staleNotice must not be blank");
            this.staleNotice = staleNotice;
            return this;
        }

        /** The labels of the back and home buttons. */
        public Builder<T> exitLabels(String back, String home) {
            this.backLabel = checkNotNull(back, "back");
            this.homeLabel = checkNotNull(home, "home");
            return this;
        }

        /** Where the items come from; asked at every render and press, so it sees changes at once. */
        public Builder<T> items(Supplier<List<MenuItem<T>>> items) {
            checkNotNull(items, "items");
            this.items = scope -> items.get();
            return this;
        }

        /** Where each user's items come from (a cart, their orders); asked at every render and press. */
        public Builder<T> itemsFor(ItemSource<T> items) {
            this.items = checkNotNull(items, "items");
            return this;
        }

        /** What a press on a current item does. */
        public Builder<T> onItem(ItemHandler<T> handler) {
            this.handler = checkNotNull(handler, "handler");
            return this;
        }

        /** Preferred widths of the item rows, repeated ({@code 2, 3}: 2, 3, 2, …); shrunk where a platform needs. */
        public Builder<T> widths(int... widths) {
            checkNotNull(widths, "widths");
            checkArgument(widths.length > 0 && Arrays.stream(widths).allMatch(w -> w > 0),
                    "widths must be positive and at least one: %s", Arrays.toString(widths));
            this.widths = Arrays.stream(widths).boxed().toList();
            return this;
        }

        /** At most {@code max} items a page; fewer where a platform's limits need. */
        public Builder<T> pageSize(int max) {
            checkArgument(max > 0, "pageSize must be positive: %s", max);
            this.pageSize = max;
            return this;
        }

        /** A row of buttons the bot handles itself, shown under the items of every page. */
        public Builder<T> actions(Button... row) {
            checkNotNull(row, "row");
            checkArgument(row.length > 0, "an action row needs a button");
            actions.add(List.of(row));
            return this;
        }

        /** The menu this one goes back to ("« Back" on every page, opening its first page). */
        public Builder<T> parent(Menu<?> parent) {
            this.parent = Optional.of(checkNotNull(parent, "parent"));
            return this;
        }

        /** The menu "⌂ Home" opens; by default the parent's home, or the parent itself. */
        public Builder<T> home(Menu<?> home) {
            this.home = Optional.of(checkNotNull(home, "home"));
            return this;
        }

        /** The signer the bot signs payloads with, so pages are fitted to the signed payloads' sizes. */
        public Builder<T> signedWith(PayloadSigner signer) {
            this.signer = Optional.of(checkNotNull(signer, "signer"));
            return this;
        }

        /**
         * The payload store the bot is built with ({@code Bot.Builder.payloadStore}), so an item
         * value too long for a platform's payloads rides whole, swapped for a store token by the
         * runtime, instead of by its index. Either way a press acts only on the item the user saw.
         */
        public Builder<T> payloadStore(PayloadStore store) {
            this.store = Optional.of(checkNotNull(store, "store"));
            return this;
        }

        /**
         * Shows the menu on keyboards of {@code type}: {@code INLINE} (the default; pages change in
         * place) or {@code STANDARD} (under the input field; every page a new message, each button a
         * text button carrying its payload). An inline menu goes on a standard keyboard by itself
         * for a VK app that reports no inline keyboards or callback buttons.
         */
        public Builder<T> keyboardType(KeyboardType type) {
            checkNotNull(type, "type");
            checkArgument(type == KeyboardType.INLINE || type == KeyboardType.STANDARD,
                    "a menu is shown on INLINE or STANDARD keyboards: %s", type);
            this.type = type;
            return this;
        }

        /**
         * The menu.
         *
         * @throws IllegalStateException if no platform's rules were given
         */
        public Menu<T> build() {
            checkState(!rules.isEmpty(), "menu %s needs the rules of at least one platform", id);
            return new Menu<>(this);
        }
    }
}
