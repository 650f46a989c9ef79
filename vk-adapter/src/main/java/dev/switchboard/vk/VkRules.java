package dev.switchboard.vk;

import static dev.switchboard.core.keyboard.ButtonKind.APP;
import static dev.switchboard.core.keyboard.ButtonKind.CALLBACK;
import static dev.switchboard.core.keyboard.ButtonKind.LINK;
import static dev.switchboard.core.keyboard.ButtonKind.LOCATION;
import static dev.switchboard.core.keyboard.ButtonKind.PAY;
import static dev.switchboard.core.keyboard.ButtonKind.TEXT;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.CardAction;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.PayButton;
import dev.switchboard.core.validate.Issues;
import dev.switchboard.core.validate.KeyboardOption;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.OptionSupport;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ViolationCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** VK's keyboard and carousel limits (docs/validation.md) as {@link KeyboardRules} and {@link CardRules}. */
final class VkRules {
    static final KeyboardRules RULES = build();
    /**
     * VK's carousel ({@code template}) limits: title and description ≤ 80 characters, 1–3 buttons per
     * element (vk.com/dev/bot_docs_templates). The 10 elements are commonly cited but not on VK's page;
     * see docs/validation.md.
     */
    static final CardRules CAROUSEL = new CardRules(PlatformId.VK, 10, 80, 80, 1, 3, RULES,
            List.of(VkRules::checkCardAction));

    private VkRules() {
    }

    private static KeyboardRules build() {
        Set<ButtonKind> supported = EnumSet.of(CALLBACK, TEXT, LINK, LOCATION, APP, PAY);
        return KeyboardRules.builder(PlatformId.VK)
                .keyboard(KeyboardType.INLINE, Shape.of(5, 6, 10), supported)
                .keyboard(KeyboardType.STANDARD, Shape.of(5, 10, 40), supported)
                .options(KeyboardType.INLINE, Map.of(
                        KeyboardOption.ONE_TIME, OptionSupport.UNSUPPORTED,
                        KeyboardOption.PERSISTENT, OptionSupport.IGNORED,
                        KeyboardOption.PLACEHOLDER, OptionSupport.IGNORED))
                .options(KeyboardType.STANDARD, Map.of(
                        KeyboardOption.ONE_TIME, OptionSupport.SUPPORTED,
                        KeyboardOption.PERSISTENT, OptionSupport.IGNORED,
                        KeyboardOption.PLACEHOLDER, OptionSupport.IGNORED))
                .fullWidthKinds(EnumSet.of(LOCATION, APP, PAY))
                .styledKinds(EnumSet.of(TEXT, CALLBACK))
                .unlabelledKinds(EnumSet.of(LOCATION, PAY))
                .maxLabelLength(40)
                .payload(new PayloadRule(0, 255, PayloadUnit.CHARS, VkPlatform::encodePayload,
                        EnumSet.of(CALLBACK, TEXT)))
                .textButtonsSendLabelOnly(false)
                .buttonCheck(VkRules::checkFields)
                .build();
    }

    private static void checkFields(Button button, KeyboardType type, Issues issues) {
        if (button instanceof LinkButton link) {
            checkLink(link.url(), issues);
        } else if (button instanceof AppButton app) {
            if (app.appId().isEmpty()) {
                issues.add("appId", ViolationCode.MISSING_FIELD, "VK open_app buttons need an appId");
            }
            if (app.ownerId().isEmpty()) {
                issues.add("ownerId", ViolationCode.MISSING_FIELD, "VK open_app buttons need an ownerId");
            }
        } else if (button instanceof PayButton pay && pay.hash().isEmpty()) {
            issues.add("hash", ViolationCode.MISSING_FIELD, "VK Pay buttons need a hash");
        }
    }

    /** An {@code open_link} card action needs a URL VK opens; {@code open_photo} needs the card's VK photo. */
    private static void checkCardAction(Card card, Issues issues) {
        if (card.action().orElse(null) instanceof CardAction.OpenLink link) {
            if (link.url().isEmpty()) {
                issues.add("action.link", ViolationCode.MISSING_FIELD, "an open_link card action needs a link");
            } else {
                String problem = urlProblem(link.url());
                if (problem != null) {
                    issues.add("action.link", ViolationCode.INVALID_URL, problem);
                }
            }
        } else if (card.action().isPresent() && !card.hasPhotoOn(PlatformId.VK)) {
            issues.add("photo", ViolationCode.MISSING_FIELD, "an open_photo card action needs the card's VK photo");
        }
    }

    private static void checkLink(String url, Issues issues) {
        if (url.isEmpty()) {
            issues.add("url", ViolationCode.MISSING_FIELD, "link buttons need a url");
            return;
        }
        String problem = urlProblem(url);
        if (problem != null) {
            issues.add("url", ViolationCode.INVALID_URL, problem);
        }
    }

    /**
     * Why VK would not open {@code url}, or null when it is an absolute http or https URL with a
     * host. Shared by link buttons and {@code open_link} answers.
     */
    static String urlProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url \"" + url + "\" is not a valid URL: " + e.getReason() + " at index " + e.getIndex();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            return "url \"" + url + "\" is relative; VK opens only absolute http or https URLs";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "url scheme \"" + uri.getScheme() + "\" is not allowed; VK opens only http and https URLs";
        }
        return hasHost(uri) ? null : "url \"" + url + "\" has no host";
    }

    /**
     * True when the URL names a host. {@link URI#getHost()} is null for hosts java.net.URI cannot
     * parse as server names (non-ASCII or underscores), so the raw authority is read as a fallback.
     */
    private static boolean hasHost(URI uri) {
        if (uri.getHost() != null) {
            return !uri.getHost().isEmpty();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return false;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
        return !host.isEmpty();
    }
}
