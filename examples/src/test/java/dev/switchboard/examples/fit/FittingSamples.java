package dev.switchboard.examples.fit;

import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.fit.PageRows;
import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.vk.VkPlatform;
import java.util.List;

/**
 * The Java samples of the "Fitting keyboards" section of docs/menus.md, compiled and run here;
 * {@link FittingSamplesTest} checks that the doc shows each region exactly and what each one returns.
 */
final class FittingSamples {
    private FittingSamples() {
    }

    static Pages paginate(List<String> names) {
        // sample: paginate
        List<Button> products = names.stream()
                .<Button>map(name -> Button.callback(name, "product:" + name)).toList();
        PageRows navigation = (page, count) -> count == 1 ? List.of() : List.of(List.of(
                Button.callback("‹", "page:" + (page + count - 1) % count),
                Button.callback((page + 1) + "/" + count, "page:" + page),
                Button.callback("›", "page:" + (page + 1) % count)));
        Pages pages = KeyboardFitter.of(VkPlatform.rules()).widths(2).pageSize(12)
                .paginate(KeyboardType.INLINE, products, navigation);
        Keyboard first = pages.page(0).keyboard();
        // end
        return pages;
    }

    static Keyboard reflow() {
        // sample: reflow
        Keyboard wide = Keyboard.standard()
                .row(Button.text("Catalogue"), Button.text("Cart"), Button.text("Orders"), Button.text("Help"),
                        Button.location("Send location"), Button.text("Settings"))
                .build();
        Keyboard forVk = KeyboardFitter.of(VkPlatform.rules()).reflow(wide);
        // end
        return forVk;
    }

    static Violation cannotFit(List<Button> products) {
        // sample: cannot-fit
        PageRows actions = (page, count) -> List.of(
                List.of(Button.callback("Cart", "cart"), Button.callback("Orders", "orders"),
                        Button.callback("Search", "search"), Button.callback("Help", "help")),
                List.of(Button.callback("‹", "prev"), Button.callback("Home", "home"), Button.callback("›", "next")),
                List.of(Button.callback("Settings", "settings"), Button.callback("Language", "language"),
                        Button.callback("Feedback", "feedback")));
        try {
            KeyboardFitter.of(VkPlatform.rules()).paginate(KeyboardType.INLINE, products, actions);
        } catch (KeyboardFitException e) {
            Violation why = e.reason();
            System.err.println(why.code() + " " + why.path() + " limit " + why.limit().getAsLong()
                    + ", needs " + why.actual().getAsLong() + ": " + why.message());
            return why;
        }
        // end
        throw new AssertionError("the sample's actions fit after all");
    }
}
