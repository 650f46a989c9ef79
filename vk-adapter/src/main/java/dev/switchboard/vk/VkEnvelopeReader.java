package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.Ignored;
import dev.switchboard.core.event.MemberStatus;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.event.Update;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one VK event envelope ({@code {"type","object","group_id","event_id","v"}}) from a parser positioned
 * on its START_OBJECT, and maps it to a neutral {@link Update}. The
 * {@code object} is read in the same pass when {@code type} came first; otherwise its byte range
 * is remembered and read once the envelope ends. One instance per read call, reused for each
 * envelope of a batch; not thread-safe.
 */
final class VkEnvelopeReader {
    private static final PlatformId VK = PlatformId.VK;

    private final VkSource src;
    private final VkEventFields fields = new VkEventFields();

    private JsonStreamContext envelope;
    private String type;
    private VkEventType kind;
    private String eventId;
    private long groupId;
    private boolean hasGroupId;
    private boolean objectRead;
    private JsonLocation objectStart;
    private long objectEnd;
    private JsonLocation badObject;

    VkEnvelopeReader(VkSource src) {
        this.src = src;
    }

    /** The envelope's {@code event_id}, when the last {@link #read} got to it. */
    Optional<String> updateId() {
        return Optional.ofNullable(eventId);
    }

    /** Reads the envelope at {@code p}'s START_OBJECT, leaving {@code p} on its END_OBJECT. */
    Update read(JsonParser p) throws IOException {
        clear();
        envelope = p.getParsingContext();
        long start = p.currentTokenLocation().getByteOffset();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type" -> {
                    type = VkJson.string(p, src, "type");
                    kind = VkEventType.of(type);
                }
                case "event_id" -> eventId = value == JsonToken.VALUE_NULL ? null : VkJson.string(p, src, "event_id");
                case "group_id" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        groupId = VkJson.longValue(p, src, "group_id");
                        hasGroupId = true;
                    }
                }
                case "object" -> readObject(p, value);
                default -> p.skipChildren();
            }
        }
        long end = p.currentLocation().getByteOffset();
        if (type == null) {
            throw VkJson.missing(p, src, "type");
        }
        if (kind.readsObject() && !objectRead) {
            if (objectStart != null) {
                readLaterObject();
            } else if (badObject != null) {
                throw src.error("expected an object", "object", badObject, null);
            } else {
                throw VkJson.missing(p, src, "object");
            }
        }
        if (kind.needsGroupId() && !hasGroupId) {
            throw VkJson.missing(p, src, "group_id");
        }
        return build(kind, type, Optional.ofNullable(eventId), groupId, hasGroupId, fields,
                RawJson.copyOf(src.bytes(), src.offset() + (int) start, (int) (end - start)));
    }

    /**
     * After {@link #read} failed on a field: moves {@code p} past the rest of the envelope (its
     * context is then {@code outer}), still picking up an {@code event_id} it has not read yet.
     */
    void skipRest(JsonParser p, JsonStreamContext outer) throws IOException {
        while (p.getParsingContext() != outer) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (token == JsonToken.FIELD_NAME && eventId == null && p.getParsingContext() == envelope
                    && "event_id".equals(p.currentName())) {
                if (p.nextToken() == JsonToken.VALUE_STRING) {
                    eventId = p.getText();
                }
            } else if (p.nextToken() == null) {
                return;
            }
        }
    }

    private void clear() {
        fields.clear();
        type = null;
        kind = null;
        eventId = null;
        hasGroupId = false;
        objectRead = false;
        objectStart = null;
        badObject = null;
    }

    private void readObject(JsonParser p, JsonToken value) throws IOException {
        if (kind != null && !kind.readsObject()) {
            p.skipChildren();
        } else if (value == JsonToken.START_OBJECT) {
            if (kind != null) {
                VkObjectReader.read(kind, p, src, fields);
                objectRead = true;
            } else {
                objectStart = p.currentTokenLocation();
                p.skipChildren();
                objectEnd = p.currentLocation().getByteOffset();
            }
        } else if (value != JsonToken.VALUE_NULL) {
            if (kind != null) {
                throw VkJson.wrongType(p, src, "object", "an object");
            }
            badObject = p.currentTokenLocation();
            p.skipChildren();
        }
    }

    /** Reads the {@code object} that came before {@code type}, with a parser over its bytes alone. */
    private void readLaterObject() throws IOException {
        VkSource part = src.part(objectStart, "object");
        int length = (int) (objectEnd - objectStart.getByteOffset());
        JsonParser q = VkPayload.JSON.createParser(src.bytes(), part.offset(), length);
        try {
            q.nextToken();
            VkObjectReader.read(kind, q, part, fields);
            objectRead = true;
        } catch (JsonProcessingException e) {
            throw VkJson.translate(e, q, part, null);
        } finally {
            q.close();
        }
    }

    /**
     * The update of an envelope read (by this reader or {@link VkQuickReader}): its {@code type}
     * and the kind it names, its {@code event_id}, its {@code group_id} if sent, the fields read
     * from its {@code object} and its exact bytes.
     */
    static Update build(VkEventType kind, String type, Optional<String> id, long groupId, boolean hasGroupId,
                        VkEventFields f, RawJson raw) {
        switch (kind) {
            case MESSAGE_NEW:
                if (VkObjectReader.isMembershipAction(f.actionType)) {
                    return chatMembership(id, groupId, hasGroupId, f, raw);
                }
                return new MessageReceived(VK, id, f.hasFromId ? OptionalLong.of(f.fromId) : OptionalLong.empty(),
                        f.peerId, f.messageId, f.text == null ? "" : f.text, Optional.ofNullable(f.payload),
                        Optional.ofNullable(f.client), raw);
            case MESSAGE_EVENT:
                return new ButtonPress(VK, id, f.pressId, f.userId, OptionalLong.of(f.peerId),
                        f.hasMessageId ? OptionalLong.of(f.messageId) : OptionalLong.empty(), Optional.empty(),
                        Optional.ofNullable(f.payload), true, PressSource.CALLBACK, raw);
            case MESSAGE_ALLOW:
                return new MembershipChange(VK, id, f.userId, MembershipSubject.BOT, f.userId,
                        OptionalLong.of(f.userId), MemberStatus.BANNED, MemberStatus.MEMBER, Change.UNBLOCKED, raw);
            case MESSAGE_DENY:
                return new MembershipChange(VK, id, f.userId, MembershipSubject.BOT, f.userId,
                        OptionalLong.of(f.userId), MemberStatus.MEMBER, MemberStatus.BANNED, Change.BLOCKED, raw);
            case GROUP_JOIN:
                return groupJoin(id, groupId, f, raw);
            case GROUP_LEAVE:
                return new MembershipChange(VK, id, -groupId, MembershipSubject.USER, f.userId,
                        f.self == 1 ? OptionalLong.of(f.userId) : OptionalLong.empty(), MemberStatus.MEMBER,
                        MemberStatus.LEFT, Change.LEFT, raw);
            default:
                return new Ignored(VK, id, type, raw);
        }
    }

    /** {@code join_type}: {@code approved} has an admin as actor, {@code request} is only a request. */
    private static Update groupJoin(Optional<String> id, long groupId, VkEventFields f, RawJson raw) {
        if ("request".equals(f.joinType)) {
            return new MembershipChange(VK, id, -groupId, MembershipSubject.USER, f.userId, OptionalLong.of(f.userId),
                    MemberStatus.LEFT, MemberStatus.LEFT, Change.OTHER, raw);
        }
        OptionalLong actor = "approved".equals(f.joinType) ? OptionalLong.empty() : OptionalLong.of(f.userId);
        return new MembershipChange(VK, id, -groupId, MembershipSubject.USER, f.userId, actor, MemberStatus.LEFT,
                MemberStatus.MEMBER, Change.JOINED, raw);
    }

    /** {@code message.action} invite or kick: the bot itself when {@code member_id == -group_id}. */
    private static Update chatMembership(Optional<String> id, long groupId, boolean hasGroupId, VkEventFields f,
                                         RawJson raw) {
        OptionalLong actor = OptionalLong.of(f.fromId);
        if (VkObjectReader.CHAT_INVITE_USER_BY_LINK.equals(f.actionType)) {
            return new MembershipChange(VK, id, f.peerId, MembershipSubject.USER, f.fromId, actor, MemberStatus.LEFT,
                    MemberStatus.MEMBER, Change.JOINED, raw);
        }
        boolean bot = hasGroupId && f.memberId == -groupId;
        MembershipSubject subject = bot ? MembershipSubject.BOT : MembershipSubject.USER;
        long userId = bot ? f.fromId : f.memberId;
        if (VkObjectReader.CHAT_INVITE_USER.equals(f.actionType)) {
            return new MembershipChange(VK, id, f.peerId, subject, userId, actor, MemberStatus.LEFT,
                    MemberStatus.MEMBER, Change.JOINED, raw);
        }
        return new MembershipChange(VK, id, f.peerId, subject, userId, actor, MemberStatus.MEMBER, MemberStatus.LEFT,
                Change.LEFT, raw);
    }
}
