package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.validate.KeyboardRules;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers what each user's app can show (VK {@code client_info}, the latest one per user) and
 * adapts keyboards sent to a user whose app lacks inline keyboards or callback buttons into
 * standard keyboards of text buttons ({@link TextKeyboards}), logging that once per user. Users the
 * runtime has not heard from get keyboards unchanged, and no carousels. Bounded in size and age.
 */
final class Clients {
    private static final Logger LOG = LoggerFactory.getLogger(Clients.class);
    private static final int MAX_USERS = 100_000;
    private static final Duration REMEMBER_FOR = Duration.ofDays(30);

    private final Cache<UserKey, ClientCapabilities> capabilities;
    private final Cache<UserKey, Boolean> reported;
    private final ListenerGroup listener;

    Clients(Ticker ticker, ListenerGroup listener) {
        this.capabilities = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_USERS)
                .expireAfterWrite(REMEMBER_FOR).build();
        this.reported = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_USERS)
                .expireAfterWrite(REMEMBER_FOR).build();
        this.listener = listener;
    }

    /** Notes the client of the message's sender, when the platform reported it. */
    void seen(MessageReceived message) {
        if (message.userId().isPresent() && message.client().isPresent()) {
            capabilities.put(new UserKey(message.platform(), message.userId().getAsLong()), message.client().get());
        }
    }

    /** What {@code userId}'s app can show, when the platform has reported it (VK's latest {@code client_info}). */
    Optional<ClientCapabilities> of(PlatformId platform, long userId) {
        return Optional.ofNullable(capabilities.getIfPresent(new UserKey(platform, userId)));
    }

    /**
     * True when {@code userId}'s app last said it shows carousels (VK {@code client_info.carousel});
     * false when it said not, or the runtime has not heard from the user: the safe default, as the
     * fallback of text and a keyboard shows on every app.
     */
    boolean showsCarousel(PlatformId platform, long userId) {
        return of(platform, userId).map(ClientCapabilities::carousel).orElse(false);
    }

    /** {@code keyboard} as {@code userId}'s app can show it. */
    Keyboard adapt(PlatformId platform, long userId, Keyboard keyboard, KeyboardRules rules) {
        UserKey user = new UserKey(platform, userId);
        ClientCapabilities client = capabilities.getIfPresent(user);
        if (client == null
                || !TextKeyboards.needsDegrading(keyboard, client.inlineKeyboard(), client.supportsCallbackButtons())) {
            return keyboard;
        }
        if (reported.asMap().putIfAbsent(user, Boolean.TRUE) == null) {
            LOG.info("{} user {} has an app without inline keyboards or callback buttons; "
                    + "sending standard keyboards of text buttons instead", platform, userId);
            listener.keyboardDegraded(platform, userId);
        }
        return TextKeyboards.degrade(keyboard, rules);
    }

    private record UserKey(PlatformId platform, long userId) {
    }
}
