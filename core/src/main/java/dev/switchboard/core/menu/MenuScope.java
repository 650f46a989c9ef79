package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.OptionalLong;

/**
 * Whom a menu is shown to, for item sources whose list depends on the user (a cart, their orders).
 *
 * @param platform the platform
 * @param chatId the chat, when known
 * @param userId the user, when known
 */
public record MenuScope(PlatformId platform, OptionalLong chatId, OptionalLong userId) {
    public MenuScope {
        checkNotNull(platform, "platform");
        checkNotNull(chatId, "chatId");
        checkNotNull(userId, "userId");
    }

    /** A scope with no chat or user: what {@link Menu#pages(dev.switchboard.core.validate.KeyboardRules)} uses. */
    public static MenuScope of(PlatformId platform) {
        return new MenuScope(platform, OptionalLong.empty(), OptionalLong.empty());
    }
}
