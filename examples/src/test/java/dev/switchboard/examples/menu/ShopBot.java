package dev.switchboard.examples.menu;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The menu bot of docs/menus.md ("Menus"), compiled here and run on both fakes by
 * {@link MenuOnFakesTest}; {@link MenuDocTest} checks the doc shows it word for word.
 */
// sample: shop-bot
final class ShopBot {
    record Shelf(String name) { }
    record Product(int id, String name) { }
    static final CallbackData<Shelf> SHELF = CallbackData.of("shelf", Shelf.class);
    static final CallbackData<Product> PRODUCT = CallbackData.of("product", Product.class);

    static Bot build(List<BotPlatform> platforms, Supplier<List<Product>> products) {
        return builder(platforms, products).build();
    }

    static Bot.Builder builder(List<BotPlatform> platforms, Supplier<List<Product>> products) {
        KeyboardRules[] rules = platforms.stream().map(BotPlatform::keyboardRules).toArray(KeyboardRules[]::new);
        Map<String, Menu<Product>> shelves = new HashMap<>();
        Menu<Shelf> home = Menu.builder("home", SHELF).rules(rules).text("Welcome! Pick a shelf.")
                .items(() -> List.of(MenuItem.of("Products", new Shelf("products"))))
                .onItem((shelf, press) -> shelves.get(shelf.name()).open(press.context()))
                .build();
        shelves.put("products", Menu.builder("products", PRODUCT).rules(rules).text("Products").parent(home)
                .items(() -> products.get().stream().map(p -> MenuItem.of(p.name(), p)).toList())
                .onItem((product, press) -> press.show(product.name() + ": a fine thing.",
                        List.of(List.of(Button.callback("Buy", "buy:" + product.id())))))
                .build());
        return shelves.get("products").register(home.register(Bot.builder().platforms(platforms)))
                .onCommand("start", (message, ctx) -> home.open(ctx))
                .onPressPrefix("buy", (press, ctx) -> ctx.answer(PressAnswer.toast("Added to your cart")));
    }
}
// end
