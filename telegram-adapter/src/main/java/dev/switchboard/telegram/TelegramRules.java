package dev.switchboard.telegram;

import static dev.switchboard.core.keyboard.ButtonKind.APP;
import static dev.switchboard.core.keyboard.ButtonKind.CALLBACK;
import static dev.switchboard.core.keyboard.ButtonKind.CONTACT;
import static dev.switchboard.core.keyboard.ButtonKind.COPY;
import static dev.switchboard.core.keyboard.ButtonKind.LINK;
import static dev.switchboard.core.keyboard.ButtonKind.LOCATION;
import static dev.switchboard.core.keyboard.ButtonKind.TEXT;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.OpenLink;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.validate.Issues;
import dev.switchboard.core.validate.KeyboardOption;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.OptionSupport;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ViolationCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Builds Telegram's {@link KeyboardRules} and {@link AnswerRules}; every number is in {@code docs/validation.md}. */
final class TelegramRules {
    static final int MAX_INLINE_PER_ROW = 8;
    static final int MAX_INLINE_BUTTONS = 100;
    static final int MAX_STANDARD_PER_ROW = 12;
    static final int MAX_STANDARD_BUTTONS = 300;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    static final int MAX_PLACEHOLDER_LENGTH = 64;
    static final int MAX_COPY_TEXT_LENGTH = 256;
    static final int MAX_MARKUP_BYTES = 10_240;
    /**
     * Telegram's limit on the markup as its servers receive it ({@link TelegramMarkupSize}): public
     * reports put it above 7 620 bytes and at most 8 088; see docs/validation.md.
     */
    static final int MAX_WIRE_MARKUP_BYTES = 8_000;
    static final int MAX_ANSWER_TEXT_LENGTH = 200;
    /** Telegram's keyboard rules: one shared, immutable instance. */
    static final KeyboardRules RULES = create();

    private TelegramRules() {
    }

    static KeyboardRules create() {
        return builder().keyboardCheck(TelegramRules::checkMarkupSize)
                .keyboardCheck(TelegramRules::checkWireMarkupSize).build();
    }

    /**
     * {@link #create()} without either size check, for the writer: it measures both sizes while
     * it writes the markup, instead of computing the MTProto size and writing the JSON apart.
     */
    static KeyboardRules createWithoutSizes() {
        return builder().build();
    }

    /** Every rule but the two markup size checks, for {@link #create()} and its variants. */
    static KeyboardRules.Builder builder() {
        return KeyboardRules.builder(PlatformId.TELEGRAM)
                .keyboard(KeyboardType.INLINE, Shape.of(MAX_INLINE_PER_ROW, MAX_INLINE_BUTTONS),
                        EnumSet.of(CALLBACK, LINK, APP, COPY))
                .keyboard(KeyboardType.STANDARD, Shape.of(MAX_STANDARD_PER_ROW, MAX_STANDARD_BUTTONS),
                        EnumSet.of(TEXT, LOCATION, CONTACT, APP))
                .options(KeyboardType.INLINE, Map.of(
                        KeyboardOption.ONE_TIME, OptionSupport.IGNORED,
                        KeyboardOption.PERSISTENT, OptionSupport.IGNORED,
                        KeyboardOption.PLACEHOLDER, OptionSupport.IGNORED))
                .options(KeyboardType.STANDARD, Map.of())
                .fullWidthKinds(Set.of())
                // Bot API 9.4: "style" works on every inline and reply button.
                .styledKinds(EnumSet.allOf(ButtonKind.class))
                // A button with empty text is silently dropped, so every kind needs a label.
                .unlabelledKinds(Set.of())
                // Only callback_data reaches Telegram; a text button sends its label instead.
                .payload(new PayloadRule(1, MAX_CALLBACK_DATA_BYTES, PayloadUnit.BYTES_UTF8,
                        UnaryOperator.identity(), Set.of(CALLBACK)))
                .maxPlaceholderLength(MAX_PLACEHOLDER_LENGTH)
                .textButtonsSendLabelOnly(true)
                .buttonCheck(TelegramRules::checkButton);
    }

    /**
     * The limits of {@code answerCallbackQuery}: toast and alert text up to 200 characters, no
     * mini-app answer, and links only to {@code t.me}.
     */
    static AnswerRules answerRules() {
        return new AnswerRules(PlatformId.TELEGRAM,
                EnumSet.of(AnswerKind.NONE, AnswerKind.TOAST, AnswerKind.ALERT, AnswerKind.OPEN_LINK),
                Set.of(), MAX_ANSWER_TEXT_LENGTH, List.of(TelegramRules::checkAnswerLink));
    }

    private static void checkAnswerLink(PressAnswer answer, Issues issues) {
        if (answer instanceof OpenLink link) {
            if (link.url().isEmpty()) {
                issues.add("url", ViolationCode.MISSING_FIELD, "Telegram needs a url to open a link from a press");
            } else {
                TelegramUrls.answerLinkProblem(link.url())
                        .ifPresent(problem -> issues.add("url", problem.code(), problem.message()));
            }
        }
    }

    /**
     * Measures the writer's own output, so the check and the writer cannot disagree; markup whose
     * upper bound is within the limit is not written at all.
     */
    private static void checkMarkupSize(Keyboard keyboard, Issues issues) {
        if (TelegramKeyboardWriter.markupBytesBound(keyboard) <= MAX_MARKUP_BYTES) {
            return;
        }
        long bytes = TelegramKeyboardWriter.markupBytes(keyboard);
        if (bytes > MAX_MARKUP_BYTES) {
            issues.add("", ViolationCode.MARKUP_TOO_LARGE, MAX_MARKUP_BYTES, bytes, "reply_markup is " + bytes
                    + " bytes of JSON; Telegram allows " + MAX_MARKUP_BYTES + " (\"reply markup is too long\")");
        }
    }

    /** {@code REPLY_MARKUP_TOO_LONG}: what Telegram's servers measure, the markup's MTProto size. */
    private static void checkWireMarkupSize(Keyboard keyboard, Issues issues) {
        long bytes = TelegramMarkupSize.bytes(keyboard);
        if (bytes > MAX_WIRE_MARKUP_BYTES) {
            issues.add("", ViolationCode.MARKUP_TOO_LONG, MAX_WIRE_MARKUP_BYTES, bytes, "reply_markup is " + bytes
                    + " bytes as Telegram's servers receive it (MTProto); Telegram allows " + MAX_WIRE_MARKUP_BYTES
                    + " (\"reply markup is too long\")");
        }
    }

    /**
     * The per-button checks as one hook: each applies to one kind, so the order of what they
     * report is unchanged, and the validator makes one call per button instead of three.
     */
    private static void checkButton(Button button, KeyboardType type, Issues issues) {
        switch (button.kind()) {
            case LINK -> checkLink(button, type, issues);
            case APP -> checkWebApp(button, type, issues);
            case COPY -> checkCopyText(button, type, issues);
            default -> { }
        }
    }

    private static void checkLink(Button button, KeyboardType type, Issues issues) {
        if (button instanceof LinkButton link) {
            if (link.url().isEmpty()) {
                issues.add("url", ViolationCode.MISSING_FIELD, "Telegram url buttons need a url");
            } else {
                TelegramUrls.linkProblem(link.url())
                        .ifPresent(problem -> issues.add("url", ViolationCode.INVALID_URL, problem));
            }
        }
    }

    private static void checkWebApp(Button button, KeyboardType type, Issues issues) {
        if (button instanceof AppButton app) {
            String url = app.url().orElse("");
            if (url.isEmpty()) {
                issues.add("url", ViolationCode.MISSING_FIELD, "Telegram web_app buttons need a url");
            } else {
                TelegramUrls.webAppProblem(url)
                        .ifPresent(problem -> issues.add("url", ViolationCode.INVALID_URL, problem));
            }
        }
    }

    private static void checkCopyText(Button button, KeyboardType type, Issues issues) {
        if (button instanceof CopyButton copy) {
            int length = copy.text().length();
            if (length == 0) {
                issues.add("text", ViolationCode.MISSING_FIELD, "Telegram copy_text buttons need a text to copy");
            } else if (length > MAX_COPY_TEXT_LENGTH) {
                issues.add("text", ViolationCode.FIELD_TOO_LONG, MAX_COPY_TEXT_LENGTH, length, "copy text is "
                        + length + " characters; Telegram allows 1–" + MAX_COPY_TEXT_LENGTH);
            }
        }
    }
}
