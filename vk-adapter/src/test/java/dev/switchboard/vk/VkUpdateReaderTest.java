package dev.switchboard.vk;

import static dev.switchboard.core.PlatformId.VK;
import static dev.switchboard.vk.VkSamples.bytes;
import static dev.switchboard.vk.VkSamples.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.Ignored;
import dev.switchboard.core.event.MemberStatus;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VK event reader: every envelope and long-poll sample read into the whole neutral event, the
 * mapping's variants, and hand-written malformed input. One class with nested groups (longer than
 * the usual file) so the reader's whole contract is in one place.
 */
class VkUpdateReaderTest {
    private static final UpdateReader READER = VkPlatform.updates();
    private static final long GROUP = 218375169L;
    private static final long USER = 612512941L;
    private static final long CHAT = 2000000094L;

    @Test
    void isOneSharedReader() {
        assertThat(VkPlatform.updates()).isSameAs(READER);
    }

    @Nested
    class Samples {
        @Test
        void textButtonMessageWithPayloadAndClientInfo() {
            assertThat(read("message_new_text_button.json")).isEqualTo(new MessageReceived(VK,
                    Optional.of("6a1b0c5e0f8e6b2b8b0e1f3a0c1d2e3f4a5b6c7d"), OptionalLong.of(USER), USER, 1234,
                    "Помощь", Optional.of("menu:help"),
                    Optional.of(new ClientCapabilities(Set.of("text", "vkpay", "open_app", "location", "open_link",
                            "callback", "intent_subscribe", "intent_unsubscribe"), true, true, true, 0)),
                    raw("message_new_text_button.json")));
        }

        @Test
        void startButtonKeepsItsCommandPayloadAndReadsBooleansGivenAsZeroOrOne() {
            assertThat(read("message_new_start_button.json")).isEqualTo(new MessageReceived(VK,
                    Optional.of("0b1c2d3e4f"), OptionalLong.of(163176673), 163176673, 1, "Начать",
                    Optional.of("{\"command\":\"start\"}"),
                    Optional.of(new ClientCapabilities(Set.of("text", "location", "open_link", "callback"), true, true,
                            false, 3)),
                    raw("message_new_start_button.json")));
        }

        @Test
        void chatMessageHasTheCommunityMentionStrippedAndTheConversationMessageId() {
            assertThat(read("message_new_plain_in_chat.json")).isEqualTo(new MessageReceived(VK,
                    Optional.of("ffee01"), OptionalLong.of(USER), CHAT, 77, "help", Optional.empty(),
                    Optional.of(new ClientCapabilities(Set.of("text", "callback"), true, true, false, 0)),
                    raw("message_new_plain_in_chat.json")));
        }

        @Test
        void botInvitedToAChatIsTheBotJoiningAddedByTheSender() {
            assertThat(read("message_new_chat_invite_user.json")).isEqualTo(new MembershipChange(VK,
                    Optional.of("ab12cd34"), CHAT, MembershipSubject.BOT, USER, OptionalLong.of(USER),
                    MemberStatus.LEFT, MemberStatus.MEMBER, Change.JOINED, raw("message_new_chat_invite_user.json")));
        }

        @Test
        void pressWithObjectPayloadUnwrapsP() {
            assertThat(read("message_event_object_payload.json")).isEqualTo(new ButtonPress(VK,
                    Optional.of("e7f1c2a9b0"), "feleyinek", USER, OptionalLong.of(CHAT), OptionalLong.of(1234),
                    Optional.empty(), Optional.of("vote:yes"), true, PressSource.CALLBACK,
                    raw("message_event_object_payload.json")));
        }

        @Test
        void pressWithStringPayloadDecodesIt() {
            assertThat(read("message_event_string_payload.json")).isEqualTo(new ButtonPress(VK,
                    Optional.of("e7f1c2a9b1"), "a1b2c3d4e5f6", USER, OptionalLong.of(USER), OptionalLong.of(1240),
                    Optional.empty(), Optional.of("page:2"), true, PressSource.CALLBACK,
                    raw("message_event_string_payload.json")));
        }

        @Test
        void pressWithForeignPayloadKeepsItsJsonTextUnchangedAndHasNoMessageId() {
            assertThat(read("message_event_foreign_payload.json")).isEqualTo(new ButtonPress(VK,
                    Optional.of("e7f1c2a9b2"), "zzz999", USER, OptionalLong.of(USER), OptionalLong.empty(),
                    Optional.empty(), Optional.of("{\"button\": \"1\", \"n\": 5}"), true, PressSource.CALLBACK,
                    raw("message_event_foreign_payload.json")));
        }

        @Test
        void messageAllowIsTheBotUnblocked() {
            assertThat(read("message_allow.json")).isEqualTo(new MembershipChange(VK, Optional.of("c0ffee01"), USER,
                    MembershipSubject.BOT, USER, OptionalLong.of(USER), MemberStatus.BANNED, MemberStatus.MEMBER,
                    Change.UNBLOCKED, raw("message_allow.json")));
        }

        @Test
        void messageDenyIsTheBotBlocked() {
            assertThat(read("message_deny.json")).isEqualTo(new MembershipChange(VK, Optional.of("c0ffee02"), USER,
                    MembershipSubject.BOT, USER, OptionalLong.of(USER), MemberStatus.MEMBER, MemberStatus.BANNED,
                    Change.BLOCKED, raw("message_deny.json")));
        }

        @Test
        void callbackEnvelopeWithSecretReadsLikeAnyOther() {
            assertThat(read("callback_with_secret.json")).isEqualTo(new MembershipChange(VK, Optional.of("cb-1"),
                    USER, MembershipSubject.BOT, USER, OptionalLong.of(USER), MemberStatus.MEMBER,
                    MemberStatus.BANNED, Change.BLOCKED, raw("callback_with_secret.json")));
        }

        @Test
        void groupJoinIsTheUserJoiningTheCommunity() {
            assertThat(read("group_join.json")).isEqualTo(new MembershipChange(VK, Optional.of("c0ffee03"), -GROUP,
                    MembershipSubject.USER, USER, OptionalLong.of(USER), MemberStatus.LEFT, MemberStatus.MEMBER,
                    Change.JOINED, raw("group_join.json")));
        }

        @Test
        void groupLeaveByTheUserHimself() {
            assertThat(read("group_leave.json")).isEqualTo(new MembershipChange(VK, Optional.of("c0ffee04"), -GROUP,
                    MembershipSubject.USER, USER, OptionalLong.of(USER), MemberStatus.MEMBER, MemberStatus.LEFT,
                    Change.LEFT, raw("group_leave.json")));
        }

        @Test
        void unknownTypeIsIgnoredWithItsName() {
            assertThat(read("unknown_event_type.json")).isEqualTo(new Ignored(VK, Optional.of("c0ffee05"),
                    "donut_subscription_create", raw("unknown_event_type.json")));
        }

        @Test
        void callbackConfirmationIsIgnoredWithoutAnUpdateId() {
            assertThat(read("callback_confirmation.json")).isEqualTo(new Ignored(VK, Optional.empty(),
                    "confirmation", raw("callback_confirmation.json")));
        }

        @Test
        void longPollUpdatesKeepTheDuplicateAndTheTsString() {
            String[] lines = new String(bytes("longpoll_updates.json"), StandardCharsets.UTF_8).split("\n");
            RawJson first = RawJson.of(lines[1].strip().replaceFirst(",$", ""));
            RawJson second = RawJson.of(lines[2].strip().replaceFirst(",$", ""));
            RawJson third = RawJson.of(lines[3].strip());
            ButtonPress press = new ButtonPress(VK, Optional.of("lp-1"), "ev1", 1, OptionalLong.of(1),
                    OptionalLong.of(10), Optional.empty(), Optional.of("a"), true, PressSource.CALLBACK, first);
            MessageReceived message = new MessageReceived(VK, Optional.of("lp-2"), OptionalLong.of(1), 1, 11, "hi",
                    Optional.empty(), Optional.of(new ClientCapabilities(Set.of("text"), true, false, false, 0)),
                    second);
            UpdateBatch batch = new UpdateBatch(List.of(press, message,
                    new ButtonPress(VK, Optional.of("lp-1"), "ev1", 1, OptionalLong.of(1), OptionalLong.of(10),
                            Optional.empty(), Optional.of("a"), true, PressSource.CALLBACK, third)), List.of());

            assertThat(VkUpdateReader.INSTANCE.readLongPoll(bytes("longpoll_updates.json")))
                    .isEqualTo(new VkLongPollResponse(Optional.of("4"), OptionalInt.empty(), batch));
            assertThat(READER.readBatch(bytes("longpoll_updates.json"))).isEqualTo(batch);
        }

        @ParameterizedTest
        @CsvSource({"longpoll_failed_1.json, 1, 30", "longpoll_failed_2.json, 2, ", "longpoll_failed_3.json, 3, "})
        void failedResponsesHaveTheirCodeTsAndAnEmptyBatch(String name, int code, String ts) {
            UpdateBatch empty = new UpdateBatch(List.of(), List.of());

            assertThat(VkUpdateReader.INSTANCE.readLongPoll(bytes(name)))
                    .isEqualTo(new VkLongPollResponse(Optional.ofNullable(ts), OptionalInt.of(code), empty));
            assertThat(READER.readBatch(bytes(name))).isEqualTo(empty);
        }
    }

    @Nested
    class Messages {
        @Test
        void readsFromAStringLikeFromBytes() {
            String json = new String(bytes("message_new_text_button.json"), StandardCharsets.UTF_8);

            assertThat(READER.read(json)).isEqualTo(read("message_new_text_button.json"));
        }

        @Test
        void messageWithoutPayloadTextOrClientInfoHasEmptyValues() {
            String json = "{\"type\":\"message_new\",\"event_id\":\"e\",\"object\":{\"message\":"
                    + "{\"from_id\":5,\"peer_id\":5,\"conversation_message_id\":9}}}";

            assertThat(READER.read(json)).isEqualTo(new MessageReceived(VK, Optional.of("e"), OptionalLong.of(5), 5,
                    9, "", Optional.empty(), Optional.empty(), RawJson.of(json)));
        }

        @Test
        void messageWithoutFromIdHasNoUser() {
            MessageReceived message = (MessageReceived) READER.read("{\"type\":\"message_new\",\"object\":"
                    + "{\"message\":{\"peer_id\":5,\"conversation_message_id\":9,\"text\":\"x\"}}}");

            assertThat(message.userId()).isEmpty();
            assertThat(message.updateId()).isEmpty();
        }

        @Test
        void messagePayloadGivenAsAnObjectIsReadLikeAPressPayload() {
            assertThat(messagePayload("{\"p\":\"menu:help\"}")).contains("menu:help");
            assertThat(messagePayload("{\"command\":\"start\"}")).contains("{\"command\":\"start\"}");
            assertThat(messagePayload("\"{\\\"p\\\":\\\"x\\\"}\"")).contains("x");
            assertThat(messagePayload("\"not json\"")).contains("not json");
            assertThat(messagePayload("null")).isEmpty();
        }

        @Test
        void clientInfoFlagsAsNumbersAndMissingLangId() {
            MessageReceived message = (MessageReceived) READER.read("{\"type\":\"message_new\",\"object\":{"
                    + "\"client_info\":{\"button_actions\":[],\"keyboard\":0,\"inline_keyboard\":1,\"carousel\":true},"
                    + "\"message\":{\"peer_id\":1,\"conversation_message_id\":2}}}");

            assertThat(message.client()).contains(new ClientCapabilities(Set.of(), false, true, true, -1));
        }

        @Test
        void actionNamesVkAddsLaterAndRepeatedNamesAreKept() {
            assertThat(client("[\"text\",\"open_chat_v2\",\"text\",\"callback\"]").buttonActions())
                    .containsExactlyInAnyOrder("text", "open_chat_v2", "callback");
            assertThat(client("[]").buttonActions()).isEmpty();
        }

        @Test
        void sameClientInfoGivesEqualCapabilities() {
            ClientCapabilities first = client("[\"text\",\"callback\"]");

            assertThat(client("[\"callback\",\"text\"]")).isEqualTo(first)
                    .isEqualTo(new ClientCapabilities(Set.of("text", "callback"), true, false, false, 3));
            assertThat(first.supportsCallbackButtons()).isTrue();
        }

        private ClientCapabilities client(String actions) {
            return ((MessageReceived) READER.read("{\"type\":\"message_new\",\"object\":{\"client_info\":"
                    + "{\"button_actions\":" + actions + ",\"keyboard\":true,\"inline_keyboard\":false,\"lang_id\":3},"
                    + "\"message\":{\"peer_id\":1,\"conversation_message_id\":2}}}")).client().orElseThrow();
        }

        @Test
        void mentionOfAPublicPageIsStrippedToo() {
            assertThat(text("[public1|Bot] what's up")).isEqualTo("what's up");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'[club218375169|Demo bot], help' | help",
            "'[club1|Bot],help'               | help",
            "'[club1|Bot]   \t help me'       | help me",
            "'[public77|Shop] buy'            | buy",
            "'[club1|Bot]'                    | ''",
            "'[club1|Bot],'                   | ''",
            "'[id1|Vasya], hi'                | '[id1|Vasya], hi'",
            "'[club|Bot] hi'                  | '[club|Bot] hi'",
            "'[clubx1|Bot] hi'                | '[clubx1|Bot] hi'",
            "'[club1 Bot] hi'                 | '[club1 Bot] hi'",
            "'[club1|Bot hi'                  | '[club1|Bot hi'",
            "'[club1|], hi'                   | '[club1|], hi'",
            "'hi [club1|Bot]'                 | 'hi [club1|Bot]'",
            "''                               | ''",
        })
        void stripsOnlyALeadingCommunityMention(String text, String stripped) {
            assertThat(VkObjectReader.stripMention(text)).isEqualTo(stripped);
        }

        @Test
        void otherChatActionsStayMessages() {
            String json = "{\"type\":\"message_new\",\"group_id\":7,\"object\":{\"message\":{\"from_id\":5,"
                    + "\"peer_id\":2000000001,\"conversation_message_id\":3,\"text\":\"\","
                    + "\"action\":{\"type\":\"chat_title_update\",\"text\":\"New\"}}}}";

            assertThat(READER.read(json)).isEqualTo(new MessageReceived(VK, Optional.empty(), OptionalLong.of(5),
                    2000000001, 3, "", Optional.empty(), Optional.empty(), RawJson.of(json)));
        }

        private Optional<String> messagePayload(String payload) {
            return ((MessageReceived) READER.read("{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":1,"
                    + "\"conversation_message_id\":2,\"payload\":" + payload + "}}}")).payload();
        }

        private String text(String text) {
            return ((MessageReceived) READER.read("{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":1,"
                    + "\"conversation_message_id\":2,\"text\":\"" + text + "\"}}}")).text();
        }
    }

    @Nested
    class ChatMembership {
        @Test
        void userInvitedByAnotherUser() {
            assertThat(read("chat_invite_user", "\"member_id\":42")).isEqualTo(expected("chat_invite_user",
                    "\"member_id\":42", MembershipSubject.USER, 42, MemberStatus.LEFT, MemberStatus.MEMBER,
                    Change.JOINED));
        }

        @Test
        void userKicked() {
            assertThat(read("chat_kick_user", "\"member_id\":42")).isEqualTo(expected("chat_kick_user",
                    "\"member_id\":42", MembershipSubject.USER, 42, MemberStatus.MEMBER, MemberStatus.LEFT,
                    Change.LEFT));
        }

        @Test
        void botKickedIsAboutTheBotRemovedByTheSender() {
            assertThat(read("chat_kick_user", "\"member_id\":-7")).isEqualTo(expected("chat_kick_user",
                    "\"member_id\":-7", MembershipSubject.BOT, 5, MemberStatus.MEMBER, MemberStatus.LEFT,
                    Change.LEFT));
        }

        @Test
        void anotherCommunityInvitedIsAUserChange() {
            assertThat(read("chat_invite_user", "\"member_id\":-8")).isEqualTo(expected("chat_invite_user",
                    "\"member_id\":-8", MembershipSubject.USER, -8, MemberStatus.LEFT, MemberStatus.MEMBER,
                    Change.JOINED));
        }

        @Test
        void joinByLinkIsTheSenderJoining() {
            assertThat(read("chat_invite_user_by_link", "\"x\":1")).isEqualTo(expected("chat_invite_user_by_link",
                    "\"x\":1", MembershipSubject.USER, 5, MemberStatus.LEFT, MemberStatus.MEMBER, Change.JOINED));
        }

        @Test
        void inviteWithoutMemberIdNamesTheField() {
            assertThat(error(json("chat_invite_user", "\"x\":1")).field())
                    .contains("object.message.action.member_id");
        }

        /** A chat message (group 7, sender 5, chat 2000000001) whose action has the given type and fields. */
        private String json(String type, String fields) {
            return "{\"type\":\"message_new\",\"event_id\":\"m\",\"group_id\":7,\"object\":{\"message\":"
                    + "{\"from_id\":5,\"peer_id\":2000000001,\"id\":0,\"text\":\"\",\"action\":{\"type\":\"" + type
                    + "\"," + fields + "}}}}";
        }

        private Update read(String type, String fields) {
            return READER.read(json(type, fields));
        }

        private MembershipChange expected(String type, String fields, MembershipSubject subject, long userId,
                                          MemberStatus from, MemberStatus to, Change change) {
            return new MembershipChange(VK, Optional.of("m"), 2000000001, subject, userId, OptionalLong.of(5), from,
                    to, change, RawJson.of(json(type, fields)));
        }
    }

    @Nested
    class Presses {
        @Test
        void pressWithoutPayloadOrNullPayloadHasNone() {
            assertThat(pressPayload("")).isEmpty();
            assertThat(pressPayload(",\"payload\":null")).isEmpty();
        }

        @Test
        void objectPayloadThatIsNotOursIsKeptByteForByte() {
            assertThat(pressPayload(",\"payload\":{ \"p\" : \"a\" , \"q\":[1, {\"r\":null}]}"))
                    .contains("{ \"p\" : \"a\" , \"q\":[1, {\"r\":null}]}");
            assertThat(pressPayload(",\"payload\":{\"p\":1}")).contains("{\"p\":1}");
            assertThat(pressPayload(",\"payload\":{\"p\":{\"p\":\"x\"}}")).contains("{\"p\":{\"p\":\"x\"}}");
            assertThat(pressPayload(",\"payload\":{}")).contains("{}");
            assertThat(pressPayload(",\"payload\":{\"p\":\"ж\",\"x\":\"ё\"}")).contains("{\"p\":\"ж\",\"x\":\"ё\"}");
        }

        @Test
        void escapedObjectPayloadIsUnescaped() {
            assertThat(pressPayload(",\"payload\":{\"p\":\"say \\\"hi\\\" \\u0416\"}")).contains("say \"hi\" Ж");
        }

        @Test
        void arrayAndScalarPayloadsKeepTheirText() {
            assertThat(pressPayload(",\"payload\":[1, \"a\"]")).contains("[1, \"a\"]");
            assertThat(pressPayload(",\"payload\":17")).contains("17");
        }

        @Test
        void stringPayloadThatIsNotJsonStaysAsIs() {
            assertThat(pressPayload(",\"payload\":\"plain\"")).contains("plain");
        }

        private Optional<String> pressPayload(String payload) {
            return ((ButtonPress) READER.read("{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2,"
                    + "\"event_id\":\"x\"" + payload + "}}")).payload();
        }
    }

    @Nested
    class Community {
        @ParameterizedTest
        @ValueSource(strings = {"join", "accepted", "unsure", "a_future_type"})
        void otherJoinTypesAreTheUserJoiningByHimself(String joinType) {
            Update update = join(joinType);
            assertThat(update).isEqualTo(new MembershipChange(VK, Optional.of("j"), -7, MembershipSubject.USER, 5,
                    OptionalLong.of(5), MemberStatus.LEFT, MemberStatus.MEMBER, Change.JOINED, update.raw()));
        }

        @Test
        void joinWithoutJoinTypeIsAJoin() {
            MembershipChange change = (MembershipChange) READER.read(
                    "{\"type\":\"group_join\",\"group_id\":7,\"object\":{\"user_id\":5}}");

            assertThat(change.change()).isEqualTo(Change.JOINED);
            assertThat(change.actorId()).hasValue(5);
        }

        @Test
        void approvedJoinHasNoKnownActor() {
            Update update = join("approved");
            assertThat(update).isEqualTo(new MembershipChange(VK, Optional.of("j"), -7, MembershipSubject.USER, 5,
                    OptionalLong.empty(), MemberStatus.LEFT, MemberStatus.MEMBER, Change.JOINED, update.raw()));
        }

        @Test
        void joinRequestIsOnlyARequest() {
            Update update = join("request");
            assertThat(update).isEqualTo(new MembershipChange(VK, Optional.of("j"), -7, MembershipSubject.USER, 5,
                    OptionalLong.of(5), MemberStatus.LEFT, MemberStatus.LEFT, Change.OTHER, update.raw()));
        }

        @ParameterizedTest
        @CsvSource({"1, true", "true, true", "0, false", "false, false"})
        void leaveActorIsTheUserOnlyWhenSelf(String self, boolean byUser) {
            Update update = READER.read("{\"type\":\"group_leave\",\"group_id\":7,\"event_id\":\"l\","
                    + "\"object\":{\"user_id\":5,\"self\":" + self + "}}");

            assertThat(update).isEqualTo(new MembershipChange(VK, Optional.of("l"), -7, MembershipSubject.USER, 5,
                    byUser ? OptionalLong.of(5) : OptionalLong.empty(), MemberStatus.MEMBER, MemberStatus.LEFT,
                    Change.LEFT, update.raw()));
        }

        @Test
        void leaveWithoutSelfHasNoKnownActor() {
            MembershipChange change = (MembershipChange) READER.read(
                    "{\"type\":\"group_leave\",\"group_id\":7,\"object\":{\"user_id\":5}}");

            assertThat(change.actorId()).isEmpty();
        }

        @Test
        void groupIdIsRequiredForCommunityEvents() {
            UpdateParseException error = error("{\"type\":\"group_join\",\"object\":{\"user_id\":5}}");

            assertThat(error.field()).contains("group_id");
            assertThat(error.getMessage()).isEqualTo("group_id (line 1, column 44): missing required field");
        }

        private Update join(String joinType) {
            return READER.read("{\"type\":\"group_join\",\"group_id\":7,\"event_id\":\"j\","
                    + "\"object\":{\"user_id\":5,\"join_type\":\"" + joinType + "\"}}");
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void unknownFieldsEverywhereAreIgnored() {
            String json = "{\"extra\":{\"deep\":[1,{\"a\":[]}]},\"type\":\"message_event\",\"v\":\"5.199\","
                    + "\"object\":{\"new_field\":[{\"x\":1}],\"user_id\":1,\"peer_id\":2,\"event_id\":\"x\","
                    + "\"payload\":{\"p\":\"a\"},\"later\":{\"y\":null}},\"group_id\":7,\"trailing\":true,"
                    + "\"event_id\":\"e\"}";

            assertThat(READER.read(json)).isEqualTo(new ButtonPress(VK, Optional.of("e"), "x", 1, OptionalLong.of(2),
                    OptionalLong.empty(), Optional.empty(), Optional.of("a"), true, PressSource.CALLBACK,
                    RawJson.of(json)));
        }

        @Test
        void typeAfterObjectReadsTheSame() {
            String before = "{\"type\":\"message_new\",\"object\":{\"message\":{\"from_id\":1,\"peer_id\":2,"
                    + "\"conversation_message_id\":3,\"text\":\"[club1|B], hi\",\"payload\":\"{\\\"p\\\":\\\"x\\\"}\"},"
                    + "\"client_info\":{\"button_actions\":[\"text\"],\"keyboard\":1}},\"event_id\":\"e\",\"group_id\":9}";
            String after = "{\"object\":{\"message\":{\"from_id\":1,\"peer_id\":2,"
                    + "\"conversation_message_id\":3,\"text\":\"[club1|B], hi\",\"payload\":\"{\\\"p\\\":\\\"x\\\"}\"},"
                    + "\"client_info\":{\"button_actions\":[\"text\"],\"keyboard\":1}},\"event_id\":\"e\",\"group_id\":9,"
                    + "\"type\":\"message_new\"}";

            Update update = READER.read(after);

            assertThat(update).usingRecursiveComparison().ignoringFields("raw").isEqualTo(READER.read(before));
            assertThat(update.raw()).isEqualTo(RawJson.of(after));
        }

        @Test
        void typeAfterObjectKeepsAForeignPayloadByteForByte() {
            String json = "{\"event_id\":\"e\",\"object\":{\"user_id\":1,\"peer_id\":2,\"event_id\":\"x\","
                    + "\"payload\":{ \"ж\" : [1, 2] }},\"type\":\"message_event\"}";

            assertThat(READER.read(json)).isEqualTo(new ButtonPress(VK, Optional.of("e"), "x", 1, OptionalLong.of(2),
                    OptionalLong.empty(), Optional.empty(), Optional.of("{ \"ж\" : [1, 2] }"), true,
                    PressSource.CALLBACK, RawJson.of(json)));
        }

        @Test
        void typeAfterObjectStillNeedsTheGroupIdThatCameBefore() {
            Update update = READER.read("{\"group_id\":7,\"object\":{\"user_id\":5,\"self\":1},"
                    + "\"type\":\"group_leave\"}");

            assertThat(((MembershipChange) update).chatId()).isEqualTo(-7);
        }

        @Test
        void errorInAnObjectReadAfterItsTypeHasTheLineAndColumnOfTheWholeBody() {
            String json = "{\n  \"event_id\": \"e\",\n  \"object\": {\"peer_id\": 2, \"event_id\": \"x\",\n"
                    + "     \"user_id\": \"612512941\"},\n  \"type\": \"message_event\"\n}";

            UpdateParseException error = error(json);

            assertThat(error.field()).contains("object.user_id");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo(17);
            assertThat(error.getMessage())
                    .isEqualTo("object.user_id (line 4, column 17): expected an integer, found a string");
        }

        @Test
        void errorOnTheObjectsFirstLineReadAfterItsTypeCountsColumnsFromTheLineStart() {
            UpdateParseException error = error("{\"object\": {\"user_id\": true}, \"type\": \"message_deny\"}");

            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(24);
            assertThat(error.field()).contains("object.user_id");
        }

        @Test
        void truncatedObjectDoesNotRepeatJacksonsOwnLocation() {
            UpdateParseException error = error("{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":1,"
                    + "\"event_id\":\"x\",\"payload\":{\"p\":\"a\"");

            assertThat(error.getMessage()).endsWith("truncated JSON: Unexpected end-of-input: expected close marker for "
                    + "Object");
        }

        @Test
        void truncatedBodyGivesLineAndColumnOfTheEnd() {
            String json = "{\"type\": \"message_event\",\n \"object\": {\"user_id\": 1, \"peer_id\": 2,";

            UpdateParseException error = error(json);

            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(json.length() - json.indexOf('\n'));   // one past the last character
            assertThat(error.getMessage()).contains("truncated JSON")
                    .doesNotContain("start marker").doesNotContain("Source:");
            assertThat(error.getCause()).isNotNull();
        }

        @Test
        void malformedJsonNamesWhereItBroke() {
            UpdateParseException error = error("{\"type\": \"message_event\", \"object\": {\"user_id\": 1x}}");

            assertThat(error.field()).contains("object.user_id");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.getMessage()).contains("malformed JSON");
        }

        @Test
        void wrongTypeNamesTheField() {
            UpdateParseException error = error("{\"type\":\"message_event\",\"object\":{\"user_id\":\"1\","
                    + "\"peer_id\":2,\"event_id\":\"x\"}}");

            assertThat(error.getMessage())
                    .isEqualTo("object.user_id (line 1, column 45): expected an integer, found a string");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"object\":{}}                                                               | type",
            "{\"type\":\"message_event\"}                                                  | object",
            "{\"type\":\"message_event\",\"object\":{\"user_id\":1,\"peer_id\":2}}           | object.event_id",
            "{\"type\":\"message_event\",\"object\":{\"event_id\":\"x\",\"peer_id\":2}}      | object.user_id",
            "{\"type\":\"message_event\",\"object\":{\"event_id\":\"x\",\"user_id\":2}}      | object.peer_id",
            "{\"type\":\"message_new\",\"object\":{\"client_info\":{}}}                      | object.message",
            "{\"type\":\"message_new\",\"object\":{\"message\":{\"conversation_message_id\":1}}} | object.message.peer_id",
            "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":1}}}             | object.message.conversation_message_id",
            "{\"type\":\"message_allow\",\"object\":{\"key\":\"k\"}}                         | object.user_id",
        })
        void missingRequiredFieldIsNamed(String json, String field) {
            UpdateParseException error = error(json);

            assertThat(error.field()).contains(field);
            assertThat(error.getMessage()).startsWith(field + " (line 1, column ").endsWith("): missing required field");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"type\":7}                                                                         | type",
            "{\"type\":\"message_deny\",\"event_id\":5,\"object\":{\"user_id\":1}}               | event_id",
            "{\"type\":\"group_join\",\"group_id\":\"7\",\"object\":{\"user_id\":1}}             | group_id",
            "{\"type\":\"message_deny\",\"object\":[1]}                                          | object",
            "{\"object\":\"x\",\"type\":\"message_deny\"}                                        | object",
            "{\"type\":\"message_deny\",\"object\":{\"user_id\":99999999999999999999}}           | object.user_id",
            "{\"type\":\"message_deny\",\"object\":{\"user_id\":1.5}}                            | object.user_id",
            "{\"type\":\"group_leave\",\"group_id\":1,\"object\":{\"user_id\":1,\"self\":\"1\"}}  | object.self",
            "{\"type\":\"message_new\",\"object\":{\"message\":[]}}                              | object.message",
            "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":1,\"text\":5}}}      | object.message.text",
            "{\"type\":\"message_new\",\"object\":{\"client_info\":{\"button_actions\":[\"a\",1]}}} | object.client_info.button_actions[1]",
            "{\"type\":\"message_new\",\"object\":{\"client_info\":{\"keyboard\":\"yes\"}}}      | object.client_info.keyboard",
            "{\"type\":\"message_new\",\"object\":{\"client_info\":{\"lang_id\":3000000000}}}    | object.client_info.lang_id",
            "{\"type\":\"message_event\",\"object\":{\"event_id\":1}}                            | object.event_id",
        })
        void wrongTypeOrRangeIsNamed(String json, String field) {
            assertThat(error(json).field()).contains(field);
        }

        @Test
        void unknownTypesDoNotCheckTheirObject() {
            assertThat(READER.read("{\"type\":\"wall_post_new\",\"object\":\"anything\"}"))
                    .isInstanceOf(Ignored.class);
            assertThat(READER.read("{\"object\":[1,2],\"type\":\"wall_post_new\"}")).isInstanceOf(Ignored.class);
        }

        @Test
        void emptyBodyIsAnError() {
            assertThat(error("").getMessage()).isEqualTo("empty input");
            assertThat(error(" \n\t ").getMessage()).isEqualTo("empty input");
            assertThat(catchThrowableOfType(() -> READER.readBatch(new byte[0]), UpdateParseException.class))
                    .hasMessage("empty input");
        }

        @Test
        void somethingOtherThanAnObjectIsAnError() {
            assertThat(error("[]").getMessage())
                    .isEqualTo("(line 1, column 1): expected an update object, found an array");
            assertThat(error("\"x\"").getMessage()).endsWith("expected an update object, found a string");
        }

        @Test
        void emptyFieldNameFollowedBySyntaxErrorIsAParseErrorNamingItQuoted() {
            UpdateParseException error = catchThrowableOfType(
                    () -> READER.read(bytes("malformed/empty_key_then_syntax_error.json")), UpdateParseException.class);

            assertThat(error).isNotNull();
            assertThat(error.field()).hasValue("object.message[\"\"][0]");
            assertThat(error.getMessage()).isEqualTo("object.message[\"\"][0] (line 1, column 61): malformed JSON: "
                    + "Unexpected close marker '}': expected ']'");
        }

        @Test
        void emptyFieldNameFollowedBySyntaxErrorInALongPollIsSkippedWithItsEventId() {
            UpdateBatch batch = READER.readBatch(bytes("malformed/longpoll_with_empty_key_then_syntax_error.json"));

            assertThat(batch.updates()).extracting(Update::updateId).containsExactly(Optional.of("good"));
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isEqualTo(1);
                assertThat(skipped.updateId()).hasValue("bad");
                assertThat(skipped.error().field()).hasValue("object.message[\"\"][0]");
            });
        }

        @Test
        void contentAfterTheUpdateIsAnError() {
            assertThat(error("{\"type\":\"x\"} {}").getMessage())
                    .isEqualTo("(line 1, column 14): unexpected content after the update");
        }

        @Test
        void tenMegabyteTextIsRead() {
            String text = "ж".repeat(5 * 1024 * 1024);
            String json = "{\"type\":\"message_new\",\"object\":{\"message\":{\"peer_id\":1,"
                    + "\"conversation_message_id\":2,\"text\":\"" + text + "\"}}}";

            MessageReceived message = (MessageReceived) READER.read(json);

            assertThat(message.text()).isEqualTo(text);
            assertThat(message.raw().size()).isGreaterThan(10 * 1024 * 1024);
        }

        @Test
        void tenMegabytesOfOpeningBracketsAreAClearError() {
            byte[] brackets = new byte[10 * 1024 * 1024];
            Arrays.fill(brackets, (byte) '[');

            assertThat(catchThrowableOfType(() -> READER.read(brackets), UpdateParseException.class))
                    .hasMessageEndingWith("expected an update object, found an array");
            UpdateBatch batch = READER.readBatch(brackets);
            assertThat(batch.updates()).isEmpty();
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isZero();
                assertThat(skipped.error()).hasMessageContaining("input exceeds a parser limit");
            });
        }

        @Test
        void tenMegabytesOfObjectsNestedInsideAnUpdateAreAClearError() {
            String deep = "{\"a\":".repeat(2_000_000);
            UpdateParseException error = error("{\"type\":\"message_deny\",\"object\":" + deep);

            assertThat(error).hasMessageContaining("input exceeds a parser limit");
        }
    }

    @Nested
    class Batches {
        private static final String GOOD_1 = "{\"type\":\"message_deny\",\"event_id\":\"a\",\"object\":{\"user_id\":1}}";
        private static final String GOOD_2 = "{\"type\":\"message_allow\",\"event_id\":\"c\",\"object\":{\"user_id\":3}}";

        @Test
        void badEnvelopeInTheMiddleIsSkippedWithItsPositionAndEventId() {
            String bad = "{\"type\":\"message_deny\",\"event_id\":\"b\",\"object\":{\"user_id\":\"2\",\"x\":[1,{}]},"
                    + "\"group_id\":1}";
            UpdateBatch batch = READER.readBatch(utf8("{\"updates\":[" + GOOD_1 + "," + bad + "," + GOOD_2
                    + "],\"ts\":\"5\"}"));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_1), READER.read(GOOD_2));
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isEqualTo(1);
                assertThat(skipped.updateId()).contains("b");
                assertThat(skipped.error().field()).contains("object.user_id");
                assertThat(skipped.error().line()).isEqualTo(1);
            });
        }

        @Test
        void eventIdAfterTheErrorIsStillPickedUp() {
            String bad = "{\"type\":\"message_deny\",\"object\":{\"user_id\":null},\"event_id\":\"late\"}";

            UpdateBatch batch = READER.readBatch(utf8("[" + bad + "," + GOOD_2 + "]"));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_2));
            assertThat(batch.skipped()).extracting(SkippedUpdate::position, SkippedUpdate::updateId)
                    .containsExactly(tuple(0, Optional.of("late")));
        }

        @Test
        void elementThatIsNotAnObjectIsSkipped() {
            UpdateBatch batch = READER.readBatch(utf8("[42, [1, [2]], " + GOOD_1 + "]"));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_1));
            assertThat(batch.skipped()).extracting(SkippedUpdate::position).containsExactly(0, 1);
            assertThat(batch.skipped()).allSatisfy(skipped -> assertThat(skipped.updateId()).isEmpty());
        }

        @Test
        void syntaxErrorEndsTheBatchWithWhatWasRead() {
            UpdateBatch batch = READER.readBatch(utf8("{\"ts\":\"5\",\"updates\":[" + GOOD_1 + ","
                    + "{\"type\":\"message_allow\",\"event_id\":\"c\",\"object\":{\"user_id\":3 \"x\"}}," + GOOD_2 + "]}"));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_1));
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isEqualTo(1);
                assertThat(skipped.updateId()).contains("c");
                assertThat(skipped.error()).hasMessageContaining("malformed JSON");
                assertThat(skipped.error().field()).contains("object.user_id");
            });
        }

        @Test
        void truncatedBatchKeepsTheUpdatesBeforeTheCut() {
            UpdateBatch batch = READER.readBatch(utf8("{\"ts\":\"5\",\"updates\":[" + GOOD_1 + ","));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_1));
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isEqualTo(1);
                assertThat(skipped.updateId()).isEmpty();
                assertThat(skipped.error()).hasMessageContaining("truncated JSON");
            });
        }

        @Test
        void semanticErrorFollowedByASyntaxErrorEndsTheBatchAndKeepsBothProblems() {
            UpdateBatch batch = READER.readBatch(utf8("[" + GOOD_1 + ",{\"type\":\"message_deny\",\"event_id\":\"b\","
                    + "\"object\":{\"user_id\":\"x\"}, oops}," + GOOD_2 + "]"));

            assertThat(batch.updates()).containsExactly(READER.read(GOOD_1));
            assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.position()).isEqualTo(1);
                assertThat(skipped.updateId()).contains("b");
                assertThat(skipped.error()).hasMessageContaining("malformed JSON");
                assertThat(skipped.error().getSuppressed()).singleElement().isInstanceOf(UpdateParseException.class);
            });
        }

        @Test
        void bareArrayIsABatchWithoutTs() {
            assertThat(VkUpdateReader.INSTANCE.readLongPoll(utf8("[" + GOOD_1 + "]"))).isEqualTo(new VkLongPollResponse(
                    Optional.empty(), OptionalInt.empty(), new UpdateBatch(List.of(READER.read(GOOD_1)), List.of())));
        }

        @Test
        void rawOfABatchedUpdateIsItsExactSlice() {
            String spaced = "{ \"type\" : \"message_deny\" ,\n \"object\" : { \"user_id\" : 1 } }";

            UpdateBatch batch = READER.readBatch(utf8("{\"updates\": [ " + spaced + " ] }"));

            assertThat(batch.updates()).singleElement()
                    .satisfies(update -> assertThat(update.raw()).isEqualTo(RawJson.of(spaced)));
        }

        @Test
        void tsAsNumberOrStringAndKeysInAnyOrder() {
            assertThat(VkUpdateReader.INSTANCE.readLongPoll(utf8("{\"updates\":[],\"ts\":42}")).ts()).contains("42");
            assertThat(VkUpdateReader.INSTANCE.readLongPoll(utf8("{\"updates\":[],\"ts\":\"42\"}")).ts()).contains("42");
            assertThat(VkUpdateReader.INSTANCE.readLongPoll(utf8("{\"ts\":\"43\",\"updates\":[]}")).ts()).contains("43");
            assertThat(VkUpdateReader.INSTANCE.readLongPoll(utf8("{\"ts\":18446744073709551616,\"updates\":[]}")).ts())
                    .contains("18446744073709551616");
        }

        @Test
        void failedResponseIsEmptyEvenWithUpdates() {
            VkLongPollResponse response = VkUpdateReader.INSTANCE.readLongPoll(utf8("{\"updates\":[" + GOOD_1 + "],\"failed\":1,"
                    + "\"ts\":\"9\"}"));

            assertThat(response).isEqualTo(new VkLongPollResponse(Optional.of("9"), OptionalInt.of(1),
                    new UpdateBatch(List.of(), List.of())));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"ts\":\"4\"}                       | updates",
            "{\"error\":{\"error_code\":5}}       | updates",
            "{\"ts\":\"4\",\"updates\":{}}         | updates",
            "{\"ts\":[],\"updates\":[]}           | ts",
            "{\"failed\":\"2\"}                   | failed",
            "{\"ts\":\"4\",\"updates\":[]} []       | ",
            "{\"ts\":4x,\"updates\":[]}           | ts",
            "42                                   | ",
        })
        void unusableBatchThrows(String json, String field) {
            UpdateParseException error = catchThrowableOfType(() -> READER.readBatch(utf8(json)),
                    UpdateParseException.class);

            assertThat(error).isNotNull();
            assertThat(error.field()).isEqualTo(Optional.ofNullable(field));
        }
    }

    private static Update read(String sample) {
        return READER.read(bytes(sample));
    }

    private static UpdateParseException error(String json) {
        UpdateParseException error = catchThrowableOfType(() -> READER.read(json), UpdateParseException.class);
        assertThat(error).as("UpdateParseException for %s", json.length() > 200 ? json.substring(0, 200) : json)
                .isNotNull();
        return error;
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
