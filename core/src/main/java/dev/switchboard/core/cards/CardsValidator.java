package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.Issues;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a message of cards against a platform's {@link CardRules} and reports every violation,
 * never just the first, with paths such as {@code text}, {@code cards}, {@code cards[2].title},
 * {@code cards[0].buttons[1].payload} and {@code cards[3].photo}.
 *
 * <pre>{@code
 * ValidationReport report = CardsValidator.validate(cards, VkPlatform.carouselRules());
 * report.errors().forEach(v -> log.warn("{} {}: {}", v.path(), v.code(), v.message()));
 * }</pre>
 *
 * <p>Order: the text, the card count, then card by card its title, description, photo-or-title,
 * button count, buttons, the platform's card hooks and how it differs from the first card.
 * Buttons are checked with the platform's keyboard rules as if every card were a row of an
 * inline keyboard, so a payload repeated on two cards is {@code DUPLICATE_PAYLOAD} (a warning) and
 * {@code MUST_BE_ALONE_IN_ROW} does not apply. Thread-safe and stateless.
 */
public final class CardsValidator {
    private static final Pattern BUTTON_PATH = Pattern.compile("rows\\[(\\d+)]\\[(\\d+)]");

    private CardsValidator() {
    }

    /** Every violation of {@code rules} in {@code cards}: what must hold before a carousel is sent. */
    public static ValidationReport validate(Cards cards, CardRules rules) {
        return run(cards, rules, true);
    }

    /**
     * The violations of {@code rules} in {@code cards} except those of single buttons (labels,
     * payloads, URLs): what the runtime checks before it sends the {@link CardsFallback} instead of a
     * carousel, whose keyboard is then checked as any keyboard is. So a bot learns of a carousel it
     * cannot send whatever app its user has.
     */
    public static ValidationReport validateLayout(Cards cards, CardRules rules) {
        return run(cards, rules, false);
    }

    private static ValidationReport run(Cards cards, CardRules rules, boolean buttons) {
        checkNotNull(cards, "cards");
        checkNotNull(rules, "rules");
        List<Violation> found = new ArrayList<>(0);
        PlatformId platform = rules.platform();
        String name = platform.displayName();
        if (cards.text().isEmpty()) {
            found.add(Violation.of(platform, "text", ViolationCode.CARDS_TEXT_EMPTY,
                    "a message of cards needs a text on " + name));
        }
        int count = cards.cards().size();
        if (count == 0) {
            found.add(Violation.of(platform, "cards", ViolationCode.NO_CARDS, "the message has no cards"));
        } else if (count > rules.maxCards()) {
            found.add(Violation.of(platform, "cards", ViolationCode.TOO_MANY_CARDS, rules.maxCards(), count,
                    "the message has " + count + " cards; " + name + " shows " + rules.maxCards()));
        }
        List<List<Violation>> buttonViolations = buttons ? buttonViolations(cards, rules) : List.of();
        for (int i = 0; i < count; i++) {
            checkCard(i, cards.cards().get(i), rules, found);
            if (buttons) {
                found.addAll(buttonViolations.get(i));
            }
            Issues issues = issues(platform, "cards[" + i + "]", found);
            for (CardCheck check : rules.checks()) {
                check.check(cards.cards().get(i), issues);
            }
            if (i > 0) {
                checkShape(i, cards.cards().get(i), cards.cards().get(0), platform, found);
            }
        }
        return found.isEmpty() ? ValidationReport.empty() : new ValidationReport(found);
    }

    private static void checkCard(int i, Card card, CardRules rules, List<Violation> found) {
        PlatformId platform = rules.platform();
        String name = platform.displayName();
        String at = "cards[" + i + "]";
        card.title().filter(t -> t.length() > rules.maxTitleLength()).ifPresent(t -> found.add(
                Violation.of(platform, at + ".title", ViolationCode.CARD_TITLE_TOO_LONG, rules.maxTitleLength(),
                        t.length(), "title is " + t.length() + " characters; " + name + " allows "
                                + rules.maxTitleLength())));
        card.description().filter(d -> d.length() > rules.maxDescriptionLength()).ifPresent(d -> found.add(
                Violation.of(platform, at + ".description", ViolationCode.CARD_DESCRIPTION_TOO_LONG,
                        rules.maxDescriptionLength(), d.length(), "description is " + d.length() + " characters; "
                                + name + " allows " + rules.maxDescriptionLength())));
        if (card.title().isEmpty() && !card.hasPhotoOn(platform)) {
            found.add(Violation.of(platform, at, ViolationCode.CARD_NEEDS_PHOTO_OR_TITLE,
                    "card " + i + " has neither a title nor a " + name + " photo; " + name + " needs one of them"));
        }
        int buttons = card.buttons().size();
        if (buttons < rules.minButtons()) {
            found.add(Violation.of(platform, at + ".buttons", ViolationCode.CARD_WITHOUT_BUTTONS, rules.minButtons(),
                    buttons, "card " + i + " has " + buttons + " buttons; " + name + " needs at least "
                            + rules.minButtons()));
        } else if (buttons > rules.maxButtons()) {
            found.add(Violation.of(platform, at + ".buttons", ViolationCode.TOO_MANY_CARD_BUTTONS, rules.maxButtons(),
                    buttons, "card " + i + " has " + buttons + " buttons; " + name + " allows "
                            + rules.maxButtons()));
        }
    }

    private static void checkShape(int i, Card card, Card first, PlatformId platform, List<Violation> found) {
        String at = "cards[" + i + "]";
        differs(found, platform, at, "title", card.title().isPresent(), first.title().isPresent());
        differs(found, platform, at, "description", card.description().isPresent(), first.description().isPresent());
        differs(found, platform, at, "photo", card.hasPhotoOn(platform), first.hasPhotoOn(platform));
        differs(found, platform, at, "action", card.action().isPresent(), first.action().isPresent());
        int buttons = card.buttons().size();
        int firstButtons = first.buttons().size();
        if (buttons != firstButtons) {
            found.add(Violation.of(platform, at + ".buttons", ViolationCode.CARD_SHAPE_DIFFERS, firstButtons, buttons,
                    "card " + i + " has " + buttons + " buttons but card 0 has " + firstButtons + "; "
                            + platform.displayName() + " needs every card shaped like the first"));
        }
    }

    private static void differs(List<Violation> found, PlatformId platform, String at, String field, boolean has,
                                boolean firstHas) {
        if (has != firstHas) {
            found.add(Violation.of(platform, at + "." + field, ViolationCode.CARD_SHAPE_DIFFERS,
                    at + (has ? " has " : " has no ") + field + " but cards[0] " + (firstHas ? "has one" : "has none")
                            + "; " + platform.displayName() + " needs every card shaped like the first"));
        }
    }

    /**
     * The violations of each card's buttons, by card: the cards as rows of one inline keyboard,
     * checked by the platform's keyboard rules, with only the per-button violations kept and their
     * paths (and the paths named in messages) moved from {@code rows[i][j]} to {@code cards[i].buttons[j]}.
     */
    private static List<List<Violation>> buttonViolations(Cards cards, CardRules rules) {
        List<List<Violation>> byCard = new ArrayList<>(cards.cards().size());
        List<List<Button>> rows = new ArrayList<>(cards.cards().size());
        for (Card card : cards.cards()) {
            byCard.add(new ArrayList<>(0));
            rows.add(card.buttons());
        }
        if (cards.buttonCount() == 0) {
            return byCard;
        }
        Keyboard keyboard = new Keyboard(KeyboardType.INLINE, rows, false, false, Optional.empty());
        for (Violation v : Validator.validate(keyboard, rules.buttons()).violations()) {
            Matcher at = BUTTON_PATH.matcher(v.path());
            if (!at.lookingAt() || v.code() == ViolationCode.MUST_BE_ALONE_IN_ROW) {
                continue;
            }
            int card = Integer.parseInt(at.group(1));
            byCard.get(card).add(new Violation(v.platform(), cardPaths(v.path()), v.code(), v.severity(), v.limit(),
                    v.actual(), cardPaths(v.message())));
        }
        return byCard;
    }

    private static String cardPaths(String text) {
        return BUTTON_PATH.matcher(text).replaceAll("cards[$1].buttons[$2]");
    }

    private static Issues issues(PlatformId platform, String base, List<Violation> found) {
        return new Issues() {
            @Override
            public void add(String field, ViolationCode code, String message) {
                found.add(Violation.of(platform, join(base, field), code, message));
            }

            @Override
            public void add(String field, ViolationCode code, long limit, long actual, String message) {
                found.add(Violation.of(platform, join(base, field), code, limit, actual, message));
            }
        };
    }

    private static String join(String base, String field) {
        return field.isEmpty() ? base : base + "." + field;
    }
}
