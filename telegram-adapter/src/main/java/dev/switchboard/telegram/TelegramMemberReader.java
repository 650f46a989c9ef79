package dev.switchboard.telegram;

import static dev.switchboard.core.PlatformId.TELEGRAM;

import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MemberStatus;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MembershipSubject;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Reads a {@code ChatMemberUpdated} object ({@code my_chat_member} for the bot itself,
 * {@code chat_member} for other users) into a {@link MembershipChange} draft. Statuses follow
 * the Bot API: {@code restricted} counts as present only with {@code is_member: true}.
 * In a private chat {@code my_chat_member} arrives only when the user blocks or unblocks the bot.
 */
final class TelegramMemberReader {
    private static final Paths BOT_PATHS = new Paths("my_chat_member");
    private static final Paths USER_PATHS = new Paths("chat_member");

    private TelegramMemberReader() {
    }

    /** Reads the object the parser stands on, whose key in the update is {@code type}. */
    static TelegramEnvelopeReader.Draft read(JsonParser p, String type, MembershipSubject subject) throws IOException {
        Paths paths = subject == MembershipSubject.BOT ? BOT_PATHS : USER_PATHS;
        TelegramJson.requireObject(p, type);
        long chatId = 0;
        boolean hasChat = false;
        boolean privateChat = false;
        long actorId = 0;
        boolean hasActor = false;
        Member oldMember = null;
        Member newMember = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "chat" -> {
                    TelegramJson.requireObject(p, paths.chat);
                    hasChat = false;
                    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                        p.nextToken();
                        if (field.equals("id")) {
                            chatId = TelegramJson.longValue(p, paths.chatId);
                            hasChat = true;
                        } else if (field.equals("type") && !TelegramJson.isNull(p)) {
                            privateChat = TelegramJson.string(p, paths.chatType).equals("private");
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (!hasChat) {
                        throw TelegramJson.missing(p, paths.chatId);
                    }
                }
                case "from" -> {
                    actorId = TelegramJson.objectId(p, paths.from, paths.fromId);
                    hasActor = true;
                }
                case "old_chat_member" -> oldMember = member(p, paths.oldMember);
                case "new_chat_member" -> newMember = member(p, paths.newMember);
                default -> p.skipChildren();
            }
        }
        if (!hasChat) {
            throw TelegramJson.missing(p, paths.chat);
        }
        if (!hasActor) {
            throw TelegramJson.missing(p, paths.from);
        }
        if (oldMember == null) {
            throw TelegramJson.missing(p, paths.oldMember.root);
        }
        if (newMember == null) {
            throw TelegramJson.missing(p, paths.newMember.root);
        }
        long userId;
        if (subject == MembershipSubject.BOT) {
            // The user who blocked, unblocked or added the bot.
            userId = actorId;
        } else if (newMember.hasUser) {
            userId = newMember.userId;
        } else {
            throw TelegramJson.missing(p, paths.newMember.userId);
        }
        MemberStatus from = oldMember.status;
        MemberStatus to = newMember.status;
        Change change = subject == MembershipSubject.BOT && privateChat ? privateChange(from, to)
                : Change.between(from, to);
        long chat = chatId;
        OptionalLong actor = OptionalLong.of(actorId);
        return (id, raw) -> new MembershipChange(TELEGRAM, id, chat, subject, userId, actor, from, to, change, raw);
    }

    /** The bot's own status in a private chat changes only when the user blocks or unblocks it. */
    private static Change privateChange(MemberStatus from, MemberStatus to) {
        if (!to.isPresent()) {
            return Change.BLOCKED;
        }
        if (!from.isPresent()) {
            return Change.UNBLOCKED;
        }
        return Change.OTHER;
    }

    /** A ChatMember object: its status (with {@code is_member} applied) and its user's id. */
    private static Member member(JsonParser p, MemberPaths paths) throws IOException {
        TelegramJson.requireObject(p, paths.root);
        MemberStatus status = null;
        boolean isMember = false;
        long userId = 0;
        boolean hasUser = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "status" -> status = status(p, paths.status);
                case "is_member" -> isMember = !TelegramJson.isNull(p) && TelegramJson.bool(p, paths.isMember);
                case "user" -> {
                    userId = TelegramJson.objectId(p, paths.user, paths.userId);
                    hasUser = true;
                }
                default -> p.skipChildren();
            }
        }
        if (status == null) {
            throw TelegramJson.missing(p, paths.status);
        }
        // "restricted" with is_member=false: the user is not in the chat (Bot API ChatMemberRestricted).
        if (status == MemberStatus.RESTRICTED && !isMember) {
            status = MemberStatus.LEFT;
        }
        return new Member(status, userId, hasUser);
    }

    private static MemberStatus status(JsonParser p, String path) throws IOException {
        String status = TelegramJson.string(p, path);
        return switch (status) {
            case "creator" -> MemberStatus.OWNER;
            case "administrator" -> MemberStatus.ADMIN;
            case "member" -> MemberStatus.MEMBER;
            case "restricted" -> MemberStatus.RESTRICTED;
            case "left" -> MemberStatus.LEFT;
            case "kicked" -> MemberStatus.BANNED;
            default -> throw TelegramJson.at(p, path, "unknown chat member status \"" + status
                    + "\"; expected creator, administrator, member, restricted, left or kicked", null);
        };
    }

    private record Member(MemberStatus status, long userId, boolean hasUser) {
    }

    /** Field paths under one ChatMember object, built once. */
    private static final class MemberPaths {
        final String root;
        final String status;
        final String isMember;
        final String user;
        final String userId;

        MemberPaths(String root) {
            this.root = root;
            this.status = root + ".status";
            this.isMember = root + ".is_member";
            this.user = root + ".user";
            this.userId = root + ".user.id";
        }
    }

    /** Field paths under one ChatMemberUpdated object, built once per update type. */
    private static final class Paths {
        final String chat;
        final String chatId;
        final String chatType;
        final String from;
        final String fromId;
        final MemberPaths oldMember;
        final MemberPaths newMember;

        Paths(String root) {
            this.chat = root + ".chat";
            this.chatId = root + ".chat.id";
            this.chatType = root + ".chat.type";
            this.from = root + ".from";
            this.fromId = root + ".from.id";
            this.oldMember = new MemberPaths(root + ".old_chat_member");
            this.newMember = new MemberPaths(root + ".new_chat_member");
        }
    }
}
