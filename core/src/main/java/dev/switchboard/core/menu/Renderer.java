package dev.switchboard.core.menu;

import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.fit.Page;
import dev.switchboard.core.fit.PageRows;
import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.menu.Payloads.Pick;
import dev.switchboard.core.menu.Payloads.Turn;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Renders a menu's list into pages for one platform with {@link KeyboardFitter}. Pages are fitted
 * twice: first with placeholder fingerprints (the same length as real ones, so every size is the
 * same) to learn which items share a page, then with each page's real fingerprint. Payloads are
 * measured as they go on the wire (signed, when the menu knows the signer) and mapped back after.
 */
final class Renderer<T extends Record> {
    private final Payloads payloads;
    private final CallbackData<T> codec;
    private final Optional<PayloadSigner> signer;
    private final List<Integer> widths;
    private final int pageSize;
    private final String title;
    private final String emptyText;
    private final String pageLabel;
    private final List<List<Button>> actions;
    private final List<Button> exits;

    Renderer(Payloads payloads, CallbackData<T> codec, Optional<PayloadSigner> signer, List<Integer> widths,
             int pageSize, String title, String emptyText, String pageLabel, List<List<Button>> actions,
             List<Button> exits) {
        this.payloads = payloads;
        this.codec = codec;
        this.signer = signer;
        this.widths = widths;
        this.pageSize = pageSize;
        this.title = title;
        this.emptyText = emptyText;
        this.pageLabel = pageLabel;
        this.actions = actions;
        this.exits = exits;
    }

    /** Every page of {@code items} on the platform of {@code rules}. */
    List<MenuPage> render(KeyboardRules rules, List<MenuItem<T>> items) {
        List<String> values = items.stream().map(item -> codec.pack(item.value())).toList();
        if (items.isEmpty() && fixedRows(0, 1, Payloads.PLACEHOLDER).isEmpty()) {
            String fp = Fingerprints.of(payloads.id, rules.platform(), 0, 1, items, values);
            return List.of(new MenuPage(rules.platform(), 0, 1, 0, 0, text(0, 1, true), Optional.empty(), fp));
        }
        KeyboardFitter fitter = KeyboardFitter.of(rules).pageSize(pageSize)
                .widths(widths.stream().mapToInt(Integer::intValue).toArray());
        Pages trial = paginate(fitter, rules, items, values, page -> Payloads.PLACEHOLDER, null);
        String[] fps = new String[trial.pageCount()];
        for (Page page : trial.pages()) {
            fps[page.index()] = Fingerprints.of(payloads.id, rules.platform(), page.index(), page.pageCount(),
                    items.subList(page.firstItem(), page.firstItem() + page.itemCount()),
                    values.subList(page.firstItem(), page.firstItem() + page.itemCount()));
        }
        Pages pages = paginate(fitter, rules, items, values,
                page -> page < fps.length ? fps[page] : Payloads.PLACEHOLDER, trial);
        if (pages.pageCount() != trial.pageCount() || pages.itemsPerPage() != trial.itemsPerPage()) {
            throw new IllegalStateException("menu " + payloads.id + " paginated differently with its fingerprints: "
                    + trial.pageCount() + " then " + pages.pageCount() + " pages");
        }
        List<MenuPage> out = new ArrayList<>(pages.pageCount());
        for (Page page : pages.pages()) {
            out.add(new MenuPage(rules.platform(), page.index(), page.pageCount(), page.firstItem(), page.itemCount(),
                    text(page.index(), page.pageCount(), items.isEmpty()), Optional.of(unwire(page.keyboard())),
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

    private Pages paginate(KeyboardFitter fitter, KeyboardRules rules, List<MenuItem<T>> items, List<String> values,
                           IntFunction<String> fingerprint, Pages trial) {
        List<Button> buttons = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String fp = trial == null ? Payloads.PLACEHOLDER : fingerprint.apply(trial.pageOf(i));
            buttons.add(Button.callback(items.get(i).label(), itemPayload(rules.payload(), fp, i, values.get(i))));
        }
        PageRows fixed = (page, count) -> fixedRows(page, count, fingerprint.apply(page));
        return fitter.paginate(KeyboardType.INLINE, buttons, fixed);
    }

    /** The item's payload on the wire: with its value when that fits the platform, else by index alone. */
    private String itemPayload(PayloadRule rule, String fp, int index, String value) {
        String withValue = wire(payloads.pick.pack(new Pick(fp, index, value)));
        if (rule.sizeOf(withValue) <= rule.maxSize()) {
            return withValue;
        }
        return wire(payloads.pick.pack(new Pick(fp, index, "")));
    }

    /** The rows under page {@code page}'s items: actions, then ‹ ›, then back and home. */
    private List<List<Button>> fixedRows(int page, int count, String fp) {
        List<List<Button>> rows = new ArrayList<>();
        for (List<Button> row : actions) {
            rows.add(row.stream().map(this::wire).toList());
        }
        List<Button> navigation = new ArrayList<>(2);
        if (page > 0) {
            navigation.add(Button.callback("‹", wire(payloads.turn.pack(new Turn(fp, page, page - 1)))));
        }
        if (page < count - 1) {
            navigation.add(Button.callback("›", wire(payloads.turn.pack(new Turn(fp, page, page + 1)))));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        if (!exits.isEmpty()) {
            rows.add(exits.stream().map(this::wire).toList());
        }
        return rows;
    }

    private Button wire(Button button) {
        return button instanceof CallbackButton callback
                ? new CallbackButton(callback.label(), wire(callback.payload()), callback.style()) : button;
    }

    private String wire(String payload) {
        return signer.map(s -> s.sign(payload)).orElse(payload);
    }

    /** The fitted keyboard with its payloads as the bot gives them to the runtime, which signs them itself. */
    private Keyboard unwire(Keyboard keyboard) {
        if (signer.isEmpty()) {
            return keyboard;
        }
        List<List<Button>> rows = keyboard.rows().stream().map(row -> row.stream().map(button ->
                button instanceof CallbackButton callback ? (Button) new CallbackButton(callback.label(),
                        signer.get().verify(callback.payload()).orElseThrow(), callback.style()) : button).toList())
                .toList();
        return new Keyboard(keyboard.type(), rows, keyboard.oneTime(), keyboard.persistent(), keyboard.placeholder());
    }
}
