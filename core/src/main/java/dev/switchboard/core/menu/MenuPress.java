package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.bot.BotContext;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Button;
import java.util.List;

/**
 * A press on a menu item, as its {@link ItemHandler} sees it: the bot context, the page the item
 * was on, and a way to show the item's screen in place of the list with a way back.
 */
public final class MenuPress {
    private final Menu<?> menu;
    private final ButtonPress press;
    private final BotContext context;
    private final int page;

    MenuPress(Menu<?> menu, ButtonPress press, BotContext context, int page) {
        this.menu = menu;
        this.press = press;
        this.context = context;
        this.page = page;
    }

    /** The press itself. */
    public ButtonPress press() {
        return press;
    }

    /** The bot context of the press: answer it, reply, use the messenger. */
    public BotContext context() {
        return context;
    }

    /** The 0-based page of the list the item was pressed on. */
    public int page() {
        return page;
    }

    /** The button that goes back to the list, at the page the item was pressed on. */
    public Button back() {
        return menu.openButton(menu.backLabel(), page);
    }

    /**
     * Shows the item's screen in place of the list (a new message where the platform cannot edit):
     * {@code text} and {@code actions} (rows of buttons the bot handles itself), then a row with
     * the way back to this page of the list and, when the menu has one, home. Rows too wide for the
     * platform are reflowed.
     */
    public void show(String text, List<List<Button>> actions) {
        checkNotNull(text, "text");
        checkNotNull(actions, "actions");
        menu.showScreen(context, text, actions, page);
    }
}
