package dev.switchboard.core.menu;

import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.fit.Page;
import dev.switchboard.core.fit.PageRows;
import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.menu.Payloads.Pick;
import dev.switchboard.core.menu.Payloads.Turn;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Renders a menu's list into pages for one platform with {@link KeyboardFitter}. Pages are fitted
 * twice: first with placeholder fingerprints (the same length as real ones, so every size is the
 * same) to learn which items share a page, then with each page's real fingerprint. Payloads are
 * measured as they go on the wire (signed, when the menu knows the signer) and mapped back after.
 * An item's value that does not fit the platform rides by index alone, or, when the menu knows the
 * bot's payload store, whole: measured as a store token of the usual length ({@code ~s:} and 12
 * characters), since the runtime swaps it for one on its way out.
 *
 * <p>On a standard keyboard every button is a text button carrying its payload (VK sends it with
 * the message; on Telegram the runtime maps the label back), since standard keyboards take no
 * callback buttons.
 */
final class Renderer<T extends Record> {
    private final Payloads payloads;
    private final CallbackData<T> codec;
    private final Optional<PayloadSigner> signer;
    private final boolean storesLongValues;
    private final List<Integer> widths;
    private final int pageSize;
    private final String title;
    private final String emptyText;
    private final String pageLabel;
    private final List<List<Button>> actions;
    private final List<Button> exits;

    Renderer(Payloads payloads, CallbackData<T> codec, Optional<PayloadSigner> signer, boolean storesLongValues,
             List<Integer> widths, int pageSize, String title, String emptyText, String pageLabel,
             List<List<Button>> actions, List<Button> exits) {
        this.payloads = payloads;
        this.codec = codec;
        this.signer = signer;
        this.storesLongValues = storesLongValues;
        this.widths = widths;
        this.pageSize = pageSize;
        this.title = title;
        this.emptyText = emptyText;
        this.pageLabel = pageLabel;
        this.actions = actions;
        this.exits = exits;
    }

    /** The packed value of each item, as item payloads carry them. */
    List<String> values(List<MenuItem<T>> items) {
        return items.stream().map(this::value).toList();
    }

    /** The packed value of {@code item}, as its payload carries it. */
    String value(MenuItem<T> item) {
        return codec.pack(item.value());
    }

    /** Every page of {@code items} on the platform of {@code rules}, on keyboards of {@code type}. */
    List<MenuPage> render(KeyboardRules rules, KeyboardType type, List<MenuItem<T>> items) {
        List<String> values = values(items);
        Stored stored = new Stored();
        if (items.isEmpty() && fixedRows(type, 0, 1, Payloads.PLACEHOLDER).isEmpty()) {
            String fp = Fingerprints.of(payloads.id, rules.platform(), type, 0, 1, items, values);
            return List.of(new MenuPage(rules.platform(), 0, 1, 0, 0, text(0, 1, true), Optional.empty(), fp));
        }
        KeyboardFitter fitter = KeyboardFitter.of(rules).pageSize(pageSize)
                .widths(widths.stream().mapToInt(Integer::intValue).toArray());
        Pages trial = paginate(fitter, rules, type, items, values, page -> Payloads.PLACEHOLDER, null, stored);
        String[] fps = new String[trial.pageCount()];
        for (Page page : trial.pages()) {
            fps[page.index()] = Fingerprints.of(payloads.id, rules.platform(), type, page.index(), page.pageCount(),
                    items.subList(page.firstItem(), page.firstItem() + page.itemCount()),
                    values.subList(page.firstItem(), page.firstItem() + page.itemCount()));
        }
        Pages pages = paginate(fitter, rules, type, items, values,
                page -> page < fps.length ? fps[page] : Payloads.PLACEHOLDER, trial, stored);
        if (pages.pageCount() != trial.pageCount() || pages.itemsPerPage() != trial.itemsPerPage()) {
            throw new IllegalStateException("menu " + payloads.id + " paginated differently with its fingerprints: "
                    + trial.pageCount() + " then " + pages.pageCount() + " pages");
        }
        List<MenuPage> out = new ArrayList<>(pages.pageCount());
        for (Page page : pages.pages()) {
            out.add(new MenuPage(rules.platform(), page.index(), page.pageCount(), page.firstItem(), page.itemCount(),
                    text(page.index(), page.pageCount(), items.isEmpty()), Optional.of(unwire(page.keyboard(), stored)),
                    fps[page.index()]));
        }
        return List.copyOf(out);
    }

    /** The message text of page {@code index} of {@code count}. */
    String text(int index, int count, boolean empty) {
        StringBuilder text = new StringBuilder(title);
        if (empty) {
            text.append("\n\n").append(emptyText);
        }
        if (count > 1) {
            text.append("\n\n").append(pageLabel.replace("{page}", Integer.toString(index + 1))
                    .replace("{pages}", Integer.toString(count)));
        }
        return text.toString();
    }

    private Pages paginate(KeyboardFitter fitter, KeyboardRules rules, KeyboardType type, List<MenuItem<T>> items,
                           List<String> values, IntFunction<String> fingerprint, Pages trial, Stored stored) {
        List<Button> buttons = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String fp = trial == null ? Payloads.PLACEHOLDER : fingerprint.apply(trial.pageOf(i));
            buttons.add(button(type, items.get(i).label(), itemPayload(rules.payload(), fp, i, values.get(i), stored)));
        }
        PageRows fixed = (page, count) -> fixedRows(type, page, count, fingerprint.apply(page));
        return fitter.paginate(type, buttons, fixed);
    }

    /**
     * The item's payload on the wire: with its value when that fits the platform; else, with a
     * store, a token-length stand-in for it (noted in {@code stored}); else by index alone.
     */
    private String itemPayload(PayloadRule rule, String fp, int index, String value, Stored stored) {
        String withValue = payloads.pick.pack(new Pick(fp, index, value));
        String wired = wire(withValue);
        if (rule.sizeOf(wired) <= rule.maxSize()) {
            return wired;
        }
        if (storesLongValues) {
            return wire(stored.standIn(index, withValue));
        }
        return wire(payloads.pick.pack(new Pick(fp, index, "")));
    }

    /** The rows under page {@code page}'s items: actions, then ‹ ›, then back and home. */
    private List<List<Button>> fixedRows(KeyboardType type, int page, int count, String fp) {
        List<List<Button>> rows = new ArrayList<>();
        for (List<Button> row : actions) {
            rows.add(row.stream().map(button -> wire(type, button)).toList());
        }
        List<Button> navigation = new ArrayList<>(2);
        if (page > 0) {
            navigation.add(button(type, "‹", wire(payloads.turn.pack(new Turn(fp, page, page - 1)))));
        }
        if (page < count - 1) {
            navigation.add(button(type, "›", wire(payloads.turn.pack(new Turn(fp, page, page + 1)))));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        if (!exits.isEmpty()) {
            rows.add(exits.stream().map(button -> wire(type, button)).toList());
        }
        return rows;
    }

    /** A button carrying {@code payload}: a callback button, or on a standard keyboard a text button. */
    private static Button button(KeyboardType type, String label, String payload) {
        return on(type, Button.callback(label, payload));
    }

    private Button wire(KeyboardType type, Button button) {
        if (button instanceof CallbackButton callback) {
            return on(type, new CallbackButton(callback.label(), wire(callback.payload()), callback.style()));
        }
        if (button instanceof TextButton text && text.payload().isPresent()) {
            return new TextButton(text.label(), Optional.of(wire(text.payload().get())), text.style());
        }
        return button;
    }

    /** {@code button} as a keyboard of {@code type} takes it: a callback button becomes a text button on a standard one. */
    static Button on(KeyboardType type, Button button) {
        if (type == KeyboardType.STANDARD && button instanceof CallbackButton callback) {
            return Button.text(callback.label(), callback.payload()).withStyle(callback.style());
        }
        return button;
    }

    private String wire(String payload) {
        return signer.map(s -> s.sign(payload)).orElse(payload);
    }

    /**
     * The fitted keyboard with its payloads as the bot gives them to the runtime, which stores and
     * signs them itself.
     */
    private Keyboard unwire(Keyboard keyboard, Stored stored) {
        if (signer.isEmpty() && stored.isEmpty()) {
            return keyboard;
        }
        List<List<Button>> rows = keyboard.rows().stream().map(row -> row.stream().map(button -> {
            if (button instanceof CallbackButton callback) {
                return (Button) new CallbackButton(callback.label(), unwire(callback.payload(), stored),
                        callback.style());
            }
            if (button instanceof TextButton text && text.payload().isPresent()) {
                return new TextButton(text.label(), Optional.of(unwire(text.payload().get(), stored)), text.style());
            }
            return button;
        }).toList()).toList();
        return new Keyboard(keyboard.type(), rows, keyboard.oneTime(), keyboard.persistent(), keyboard.placeholder());
    }

    private String unwire(String payload, Stored stored) {
        String unsigned = signer.map(s -> s.verify(payload).orElseThrow()).orElse(payload);
        return stored.original(unsigned);
    }

    /**
     * The item payloads too long for the platform, each measured as a stand-in as long as a store
     * token ({@code ~s:} and 12 characters) that names the item, and mapped back after fitting.
     */
    private static final class Stored {
        private final Map<String, String> originals = new HashMap<>();

        String standIn(int index, String payload) {
            String standIn = String.format("%s%012d", PayloadStore.TOKEN_PREFIX, index);
            originals.put(standIn, payload);
            return standIn;
        }

        String original(String payload) {
            return originals.getOrDefault(payload, payload);
        }

        boolean isEmpty() {
            return originals.isEmpty();
        }
    }
}
