package dev.switchboard.examples.bots;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MembershipSubject;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A membership tracker. It keeps the set of users who have not blocked the bot: a user who blocks
 * it (Telegram {@code my_chat_member} to {@code kicked} in a private chat; VK {@code message_deny})
 * is removed, one who unblocks it ({@code member} again; VK {@code message_allow}) is added, and so
 * is anyone who writes to it ({@code /start} is answered with {@link #WELCOME}). When a user is
 * promoted to admin in a group (Telegram {@code chat_member}, which the bot then asks for), it says
 * "&lt;name&gt; is now an admin" there. The set lives in memory: a real bot would store it.
 *
 * <pre>{@code
 * MembershipBot tracker = new MembershipBot();
 * Bot bot = tracker.build(List.of(telegram, vk));
 * bot.run();
 * }</pre>
 */
public final class MembershipBot {
    /** A user of one platform. */
    public record Subscriber(PlatformId platform, long userId) {
        public Subscriber {
            checkNotNull(platform, "platform");
        }
    }

    /** The reply to {@code /start}. */
    public static final String WELCOME = "You are subscribed. Block the bot to unsubscribe.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    /** A tracker with nobody subscribed. */
    public MembershipBot() {
    }

    /** The bot on {@code platforms}, with the runtime's defaults, tracking into this instance. */
    public Bot build(List<BotPlatform> platforms) {
        return builder(platforms).build();
    }

    /** The bot's builder on {@code platforms}, handlers registered, for further settings. */
    public Bot.Builder builder(List<BotPlatform> platforms) {
        checkNotNull(platforms, "platforms");
        return Bot.builder().platforms(platforms)
                .onMembership(Change.BLOCKED, (change, ctx) ->
                        subscribers.remove(new Subscriber(change.platform(), change.userId())))
                .onMembership(Change.UNBLOCKED, (change, ctx) ->
                        subscribers.add(new Subscriber(change.platform(), change.userId())))
                .onMembership(change -> change.change() == Change.PROMOTED
                                && change.subject() == MembershipSubject.USER,
                        (change, ctx) -> ctx.reply(nameOf(change) + " is now an admin"))
                .onCommand("start", (message, ctx) -> {
                    message.userId().ifPresent(user -> subscribers.add(new Subscriber(message.platform(), user)));
                    ctx.reply(WELCOME);
                })
                .onMessage(message -> message.userId().isPresent(), (message, ctx) ->
                        subscribers.add(new Subscriber(message.platform(), message.userId().getAsLong())));
    }

    /** The users who have not blocked the bot, as far as it knows: a live, unmodifiable view. */
    public Set<Subscriber> subscribers() {
        return Collections.unmodifiableSet(subscribers);
    }

    /**
     * The promoted user's name: Telegram's {@code new_chat_member.user} first name (and
     * {@code @username}), else {@code user <id>}.
     */
    static String nameOf(MembershipChange change) {
        try {
            JsonNode user = JSON.readTree(change.raw().text()).path("chat_member").path("new_chat_member").path("user");
            String first = user.path("first_name").asText("");
            String username = user.path("username").asText("");
            if (!first.isEmpty()) {
                return username.isEmpty() ? first : first + " (@" + username + ")";
            }
            if (!username.isEmpty()) {
                return "@" + username;
            }
        } catch (JsonProcessingException e) {
            // fall through to the id
        }
        return "user " + change.userId();
    }
}
