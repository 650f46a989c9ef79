package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One platform's keyboard limits as data, applied by the single engine in {@link Validator}.
 * Adapters publish theirs ({@code TelegramPlatform.rules()}, {@code VkPlatform.rules()});
 * every number comes from {@code docs/validation.md}. Rules that are not plain numbers enter through
 * {@link ButtonCheck} and {@link KeyboardCheck} hooks. Immutable; build with {@link #builder(PlatformId)}.
 *
 * @param platform whose rules these are
 * @param shapes size limits of INLINE and STANDARD keyboards
 * @param supportedKinds button kinds each keyboard type accepts ({@code UNSUPPORTED_BUTTON} otherwise)
 * @param fullWidthKinds kinds that must be alone in their row ({@code MUST_BE_ALONE_IN_ROW})
 * @param styledKinds kinds whose style the platform honours ({@code STYLE_IGNORED} otherwise)
 * @param unlabelledKinds kinds the platform draws without a label (label rules skipped)
 * @param maxLabelLength longest label in UTF-16 units, if limited ({@code LABEL_TOO_LONG})
 * @param payload how payloads are sent and limited
 * @param options what each keyboard type does with each option
 * @param maxPlaceholderLength longest placeholder in UTF-16 units, where supported
 * @param textButtonsSendLabelOnly true when a text press brings back only the label, so one label
 *        with two payloads is {@code AMBIGUOUS_TEXT_BUTTON}
 * @param keyboardChecks whole-keyboard hooks
 * @param buttonChecks per-button hooks
 */
public record KeyboardRules(PlatformId platform, Map<KeyboardType, Shape> shapes,
                            Map<KeyboardType, Set<ButtonKind>> supportedKinds, Set<ButtonKind> fullWidthKinds,
                            Set<ButtonKind> styledKinds, Set<ButtonKind> unlabelledKinds, OptionalInt maxLabelLength,
                            PayloadRule payload, Map<KeyboardType, Map<KeyboardOption, OptionSupport>> options,
                            OptionalInt maxPlaceholderLength, boolean textButtonsSendLabelOnly,
                            List<KeyboardCheck> keyboardChecks, List<ButtonCheck> buttonChecks) {

    private static final List<KeyboardType> SHAPED = List.of(KeyboardType.INLINE, KeyboardType.STANDARD);

    public KeyboardRules {
        checkNotNull(platform, "platform");
        shapes = Map.copyOf(checkNotNull(shapes, "shapes"));
        Map<KeyboardType, Set<ButtonKind>> kindsCopy = new EnumMap<>(KeyboardType.class);
        checkNotNull(supportedKinds, "supportedKinds").forEach((type, kinds) -> kindsCopy.put(type, Set.copyOf(kinds)));
        supportedKinds = Map.copyOf(kindsCopy);
        fullWidthKinds = Set.copyOf(checkNotNull(fullWidthKinds, "fullWidthKinds"));
        styledKinds = Set.copyOf(checkNotNull(styledKinds, "styledKinds"));
        unlabelledKinds = Set.copyOf(checkNotNull(unlabelledKinds, "unlabelledKinds"));
        checkNotNull(maxLabelLength, "maxLabelLength");
        checkNotNull(payload, "payload");
        checkNotNull(options, "options");
        checkNotNull(maxPlaceholderLength, "maxPlaceholderLength");
        keyboardChecks = List.copyOf(checkNotNull(keyboardChecks, "keyboardChecks"));
        buttonChecks = List.copyOf(checkNotNull(buttonChecks, "buttonChecks"));
        for (KeyboardType type : SHAPED) {
            checkArgument(shapes.containsKey(type), "shapes lacks %s", type);
            checkArgument(supportedKinds.containsKey(type), "supportedKinds lacks %s", type);
            checkArgument(options.containsKey(type), "options lacks %s", type);
        }
        Map<KeyboardType, Map<KeyboardOption, OptionSupport>> copy = new EnumMap<>(KeyboardType.class);
        options.forEach((type, byOption) -> {
            checkArgument(byOption.keySet().containsAll(EnumSet.allOf(KeyboardOption.class)),
                    "options of %s must name every option", type);
            copy.put(type, Map.copyOf(byOption));
        });
        options = Map.copyOf(copy);
    }

    /** Starts rules for {@code platform}; every limit must be set before {@link Builder#build()}. */
    public static Builder builder(PlatformId platform) {
        return new Builder(platform);
    }

    /** The size limits of {@code type} (INLINE or STANDARD). */
    public Shape shape(KeyboardType type) {
        return shapes.get(type);
    }

    /** Whether {@code type} keyboards accept {@code kind} buttons. */
    public boolean supports(KeyboardType type, ButtonKind kind) {
        return supportedKinds.getOrDefault(type, Set.of()).contains(kind);
    }

    /** What {@code type} keyboards do with {@code option} when it is set. */
    public OptionSupport support(KeyboardType type, KeyboardOption option) {
        return options.get(type).get(option);
    }

    /** Builds {@link KeyboardRules}; not thread-safe. */
    public static final class Builder {
        private final PlatformId platform;
        private final Map<KeyboardType, Shape> shapes = new EnumMap<>(KeyboardType.class);
        private final Map<KeyboardType, Set<ButtonKind>> supportedKinds = new EnumMap<>(KeyboardType.class);
        private final Map<KeyboardType, Map<KeyboardOption, OptionSupport>> options = new EnumMap<>(KeyboardType.class);
        private Set<ButtonKind> fullWidthKinds = Set.of();
        private Set<ButtonKind> styledKinds = EnumSet.allOf(ButtonKind.class);
        private Set<ButtonKind> unlabelledKinds = Set.of();
        private OptionalInt maxLabelLength = OptionalInt.empty();
        private PayloadRule payload;
        private OptionalInt maxPlaceholderLength = OptionalInt.empty();
        private boolean textButtonsSendLabelOnly;
        private final List<KeyboardCheck> keyboardChecks = new ArrayList<>();
        private final List<ButtonCheck> buttonChecks = new ArrayList<>();

        private Builder(PlatformId platform) {
            this.platform = checkNotNull(platform, "platform");
        }

        /** Limits and supported kinds of one keyboard type. */
        public Builder keyboard(KeyboardType type, Shape shape, Set<ButtonKind> kinds) {
            shapes.put(type, shape);
            supportedKinds.put(type, kinds);
            return this;
        }

        /** What one keyboard type does with each option; options not named are SUPPORTED. */
        public Builder options(KeyboardType type, Map<KeyboardOption, OptionSupport> support) {
            Map<KeyboardOption, OptionSupport> all = new EnumMap<>(KeyboardOption.class);
            for (KeyboardOption option : KeyboardOption.values()) {
                all.put(option, support.getOrDefault(option, OptionSupport.SUPPORTED));
            }
            options.put(type, all);
            return this;
        }

        /** The button kinds that must be alone in their row. */
        public Builder fullWidthKinds(Set<ButtonKind> kinds) {
            this.fullWidthKinds = kinds;
            return this;
        }

        /** The button kinds that show a style; others raise {@code STYLE_IGNORED}. */
        public Builder styledKinds(Set<ButtonKind> kinds) {
            this.styledKinds = kinds;
            return this;
        }

        /** The button kinds whose label the platform does not show, so it is not checked. */
        public Builder unlabelledKinds(Set<ButtonKind> kinds) {
            this.unlabelledKinds = kinds;
            return this;
        }

        /** The longest label in UTF-16 code units; unlimited when not set. */
        public Builder maxLabelLength(int max) {
            this.maxLabelLength = OptionalInt.of(max);
            return this;
        }

        /** How payloads are measured and limited (required). */
        public Builder payload(PayloadRule rule) {
            this.payload = rule;
            return this;
        }

        /** The longest input field placeholder; unlimited when not set. */
        public Builder maxPlaceholderLength(int max) {
            this.maxPlaceholderLength = OptionalInt.of(max);
            return this;
        }

        /** True when a text button's press returns only its label (Telegram), so equal labels are ambiguous. */
        public Builder textButtonsSendLabelOnly(boolean value) {
            this.textButtonsSendLabelOnly = value;
            return this;
        }

        /** Adds a platform-specific check run on the whole keyboard. */
        public Builder keyboardCheck(KeyboardCheck check) {
            keyboardChecks.add(checkNotNull(check, "check"));
            return this;
        }

        /** Adds a platform-specific check run on every button. */
        public Builder buttonCheck(ButtonCheck check) {
            buttonChecks.add(checkNotNull(check, "check"));
            return this;
        }

        /** The rules; the payload rule must have been set. */
        public KeyboardRules build() {
            checkNotNull(payload, "payload rule not set");
            return new KeyboardRules(platform, shapes, supportedKinds, fullWidthKinds, styledKinds, unlabelledKinds,
                    maxLabelLength, payload, options, maxPlaceholderLength, textButtonsSendLabelOnly,
                    keyboardChecks, buttonChecks);
        }
    }
}
