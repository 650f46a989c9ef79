package dev.switchboard.vk;

/** The envelope {@code type}s the reader models; everything else is {@link #OTHER} and read as {@code Ignored}. */
enum VkEventType {
    MESSAGE_NEW,
    MESSAGE_EVENT,
    MESSAGE_ALLOW,
    MESSAGE_DENY,
    GROUP_JOIN,
    GROUP_LEAVE,
    OTHER;

    static VkEventType of(String type) {
        switch (type) {
            case "message_new":
                return MESSAGE_NEW;
            case "message_event":
                return MESSAGE_EVENT;
            case "message_allow":
                return MESSAGE_ALLOW;
            case "message_deny":
                return MESSAGE_DENY;
            case "group_join":
                return GROUP_JOIN;
            case "group_leave":
                return GROUP_LEAVE;
            default:
                return OTHER;
        }
    }

    /** True when the update is built from the envelope's {@code object}, which must then be present. */
    boolean readsObject() {
        return this != OTHER;
    }

    /** True when the chat is the community itself ({@code -group_id}), so {@code group_id} is required. */
    boolean needsGroupId() {
        return this == GROUP_JOIN || this == GROUP_LEAVE;
    }
}
