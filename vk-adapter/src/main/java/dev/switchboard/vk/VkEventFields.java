package dev.switchboard.vk;

import dev.switchboard.core.event.ClientCapabilities;

/**
 * The fields of one event {@code object} that the neutral updates need, as {@link VkObjectReader}
 * found them. Mutable scratch space of one read, reused for each update of a batch; never shared
 * between threads.
 */
final class VkEventFields {
    /** {@code group_leave.self} not sent. */
    static final int ABSENT = -1;

    long userId;
    boolean hasUserId;
    long peerId;
    boolean hasPeerId;
    long fromId;
    boolean hasFromId;
    long messageId;
    boolean hasMessageId;
    long memberId;
    boolean hasMemberId;
    boolean hasMessage;
    String pressId;
    String text;
    String payload;
    String actionType;
    String joinType;
    ClientCapabilities client;
    int self = ABSENT;

    void clear() {
        hasUserId = false;
        hasPeerId = false;
        hasFromId = false;
        hasMessageId = false;
        hasMemberId = false;
        hasMessage = false;
        pressId = null;
        text = null;
        payload = null;
        actionType = null;
        joinType = null;
        client = null;
        self = ABSENT;
    }
}
