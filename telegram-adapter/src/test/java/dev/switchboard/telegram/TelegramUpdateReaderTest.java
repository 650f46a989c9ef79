package dev.switchboard.telegram;

import static dev.switchboard.core.PlatformId.TELEGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.ChatMigrated;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramUpdateReaderTest {
    private static final UpdateReader READER = TelegramPlatform.updates();
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Test
    void isOneSharedInstance() {
        assertThat(TelegramPlatform.updates()).isSameAs(READER);
    }

    // ---- every sample update, as a whole event ----

    @Test
    void readsCallbackQuery() throws IOException {
        assertThat(readSample("callback_query.json")).isEqualTo(new ButtonPress(TELEGRAM, id("396711520"),
                "746902002177162726", 173901673L, OptionalLong.of(173901673L), OptionalLong.of(3385L),
                Optional.empty(), Optional.of("big_button_2_pressed"), true, PressSource.CALLBACK,
                sampleRaw("callback_query.json")));
    }

    @Test
    void readsGamePressWithoutPayload() throws IOException {
        assertThat(readSample("callback_query_game.json")).isEqualTo(new ButtonPress(TELEGRAM, id("396711602"),
                "99887766", 111L, OptionalLong.of(111L), OptionalLong.of(5L), Optional.empty(), Optional.empty(),
                true, PressSource.CALLBACK, sampleRaw("callback_query_game.json")));
    }

    @Test
    void readsPressOnInaccessibleMessage() throws IOException {
        assertThat(readSample("callback_query_inaccessible_message.json")).isEqualTo(new ButtonPress(TELEGRAM,
                id("396711600"), "746902002177199999", 173901673L, OptionalLong.of(-1001234567890L),
                OptionalLong.of(77L), Optional.empty(), Optional.of("p:2"), false, PressSource.CALLBACK,
                sampleRaw("callback_query_inaccessible_message.json")));
    }

    @Test
    void readsPressOnInlineModeMessage() throws IOException {
        assertThat(readSample("callback_query_inline_message.json")).isEqualTo(new ButtonPress(TELEGRAM,
                id("396711601"), "4382bfdwdsb323b2d9", 4503599627370495L, OptionalLong.empty(), OptionalLong.empty(),
                Optional.of("AgAAAPx0AQCzYg2xMlX9mA"), Optional.of("vote:yes"), true, PressSource.CALLBACK,
                sampleRaw("callback_query_inline_message.json")));
    }

    @Test
    void readsUserJoinedViaLink() throws IOException {
        assertThat(readSample("chat_member_joined_via_link.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711805"), -1001987654321L, MembershipSubject.USER, 555L, OptionalLong.of(555L),
                MemberStatus.LEFT, MemberStatus.MEMBER, Change.JOINED, sampleRaw("chat_member_joined_via_link.json")));
    }

    @Test
    void readsUserPromoted() throws IOException {
        assertThat(readSample("chat_member_promoted.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711803"), -1001987654321L, MembershipSubject.USER, 333L, OptionalLong.of(173901673L),
                MemberStatus.MEMBER, MemberStatus.ADMIN, Change.PROMOTED, sampleRaw("chat_member_promoted.json")));
    }

    @Test
    void readsRestrictedUserWhoIsGoneAsLeft() throws IOException {
        assertThat(readSample("chat_member_restricted_not_member.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711804"), -1001987654321L, MembershipSubject.USER, 444L, OptionalLong.of(173901673L),
                MemberStatus.RESTRICTED, MemberStatus.LEFT, Change.LEFT,
                sampleRaw("chat_member_restricted_not_member.json")));
    }

    @Test
    void readsCommandMessage() throws IOException {
        assertThat(readSample("message_command_start.json")).isEqualTo(new MessageReceived(TELEGRAM,
                id("396711701"), OptionalLong.of(222L), 222L, 1L, "/start", Optional.empty(), Optional.empty(),
                sampleRaw("message_command_start.json")));
    }

    @Test
    void readsTextFromReplyKeyboard() throws IOException {
        assertThat(readSample("message_text_from_reply_keyboard.json")).isEqualTo(new MessageReceived(TELEGRAM,
                id("396711700"), OptionalLong.of(173901673L), 173901673L, 3390L, "Помощь", Optional.empty(),
                Optional.empty(), sampleRaw("message_text_from_reply_keyboard.json")));
    }

    @Test
    void readsMigrationToSupergroup() throws IOException {
        assertThat(readSample("message_migrate_to_chat.json")).isEqualTo(new ChatMigrated(TELEGRAM,
                id("396711900"), -4012345678L, -1004012345678L, sampleRaw("message_migrate_to_chat.json")));
    }

    @Test
    void readsMigrationFromGroup() {
        String json = "{\"update_id\":396711901,\"message\":{\"message_id\":1,\"date\":1670601001,"
                + "\"migrate_from_chat_id\":-4012345678,\"chat\":{\"id\":-1004012345678,\"type\":\"supergroup\"}}}";

        assertThat(READER.read(json)).isEqualTo(new ChatMigrated(TELEGRAM, id("396711901"), -4012345678L,
                -1004012345678L, RawJson.of(json)));
    }

    @Test
    void readsBotAddedAsAdminAsJoined() throws IOException {
        assertThat(readSample("my_chat_member_added_as_admin.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711802"), -1001987654321L, MembershipSubject.BOT, 173901673L, OptionalLong.of(173901673L),
                MemberStatus.LEFT, MemberStatus.ADMIN, Change.JOINED, sampleRaw("my_chat_member_added_as_admin.json")));
    }

    @Test
    void readsBotBlocked() throws IOException {
        assertThat(readSample("my_chat_member_blocked.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711800"), 173901673L, MembershipSubject.BOT, 173901673L, OptionalLong.of(173901673L),
                MemberStatus.MEMBER, MemberStatus.BANNED, Change.BLOCKED, sampleRaw("my_chat_member_blocked.json")));
    }

    @Test
    void readsBotUnblocked() throws IOException {
        assertThat(readSample("my_chat_member_unblocked.json")).isEqualTo(new MembershipChange(TELEGRAM,
                id("396711801"), 173901673L, MembershipSubject.BOT, 173901673L, OptionalLong.of(173901673L),
                MemberStatus.BANNED, MemberStatus.MEMBER, Change.UNBLOCKED, sampleRaw("my_chat_member_unblocked.json")));
    }

    @Test
    void readsUnknownUpdateTypeAsIgnored() throws IOException {
        assertThat(readSample("unknown_update_type.json")).isEqualTo(new Ignored(TELEGRAM, id("396712000"),
                "widget_query", sampleRaw("unknown_update_type.json")));
    }

    @Test
    void readsGetUpdatesBatchWithExactRawSlices() throws IOException {
        byte[] body = sample("get_updates_batch.json");
        List<RawJson> slices = batchLines(body);

        UpdateBatch batch = READER.readBatch(body);

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.updates()).containsExactly(
                new MessageReceived(TELEGRAM, id("500"), OptionalLong.of(222L), 222L, 1L, "/start", Optional.empty(),
                        Optional.empty(), slices.get(0)),
                new ButtonPress(TELEGRAM, id("501"), "1001", 222L, OptionalLong.of(222L), OptionalLong.of(2L),
                        Optional.empty(), Optional.of("menu:open"), true, PressSource.CALLBACK, slices.get(1)),
                new Ignored(TELEGRAM, id("502"), "edited_message", slices.get(2)),
                new ButtonPress(TELEGRAM, id("503"), "1002", 222L, OptionalLong.of(222L), OptionalLong.of(2L),
                        Optional.empty(), Optional.of("menu:close"), true, PressSource.CALLBACK, slices.get(3)));
    }

    // ---- raw JSON and input forms ----

    @Test
    void rawIsTheUpdateObjectWithoutSurroundingWhitespace() throws IOException {
        byte[] file = sample("callback_query.json");
        assertThat(file[file.length - 1]).isEqualTo((byte) '\n');
        byte[] object = Arrays.copyOf(file, file.length - 1);

        assertThat(READER.read(file).raw().bytes()).isEqualTo(object);
        assertThat(READER.read(object).raw().bytes()).isEqualTo(object);
        assertThat(READER.read("  \r\n\t" + new String(object, StandardCharsets.UTF_8) + " \n").raw().bytes())
                .isEqualTo(object);
    }

    @Test
    void readsStringLikeBytes() throws IOException {
        String json = new String(sample("message_text_from_reply_keyboard.json"), StandardCharsets.UTF_8);

        assertThat(READER.read(json)).isEqualTo(readSample("message_text_from_reply_keyboard.json"));
    }

    @Test
    void readsUpdateWithOnlyUpdateIdAsIgnoredUnknown() {
        assertThat(READER.read("{\"update_id\":7}"))
                .isEqualTo(new Ignored(TELEGRAM, id("7"), "unknown", RawJson.of("{\"update_id\":7}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"edited_message", "channel_post", "widget_query", "business_message", "brand_new_type"})
    void readsOtherTypesAsIgnoredWithTheirKey(String type) {
        String json = "{\"update_id\":8,\"" + type + "\":{\"message_id\":1,\"chat\":{\"id\":2},\"x\":[1,{\"y\":[]}]}}";

        assertThat(READER.read(json)).isEqualTo(new Ignored(TELEGRAM, id("8"), type, RawJson.of(json)));
    }

    @Test
    void readsMessageWithoutTextOrSenderAsEmptyTextAndNoUser() {
        String json = "{\"update_id\":9,\"message\":{\"message_id\":4,\"date\":1,\"chat\":{\"id\":-100,\"type\":\"group\"},"
                + "\"caption\":\"not text\",\"photo\":[{\"file_id\":\"a\"}]}}";

        assertThat(READER.read(json)).isEqualTo(new MessageReceived(TELEGRAM, id("9"), OptionalLong.empty(), -100L,
                4L, "", Optional.empty(), Optional.empty(), RawJson.of(json)));
    }

    @Test
    void readsRestrictedMemberStillInChatAsRestricted() {
        String json = "{\"update_id\":10,\"chat_member\":{\"chat\":{\"id\":-5,\"type\":\"supergroup\"},"
                + "\"from\":{\"id\":1},\"date\":1,"
                + "\"old_chat_member\":{\"user\":{\"id\":2},\"status\":\"member\"},"
                + "\"new_chat_member\":{\"user\":{\"id\":2},\"status\":\"restricted\",\"is_member\":true}}}";

        assertThat(READER.read(json)).isEqualTo(new MembershipChange(TELEGRAM, id("10"), -5L,
                MembershipSubject.USER, 2L, OptionalLong.of(1L), MemberStatus.MEMBER, MemberStatus.RESTRICTED,
                Change.RESTRICTED, RawJson.of(json)));
    }

    @Test
    void readsCreatorAndKickedStatuses() {
        String json = "{\"update_id\":11,\"chat_member\":{\"chat\":{\"id\":-5},\"from\":{\"id\":1},\"date\":1,"
                + "\"old_chat_member\":{\"user\":{\"id\":1},\"status\":\"creator\"},"
                + "\"new_chat_member\":{\"user\":{\"id\":1},\"status\":\"kicked\",\"until_date\":0}}}";

        assertThat(READER.read(json)).isEqualTo(new MembershipChange(TELEGRAM, id("11"), -5L,
                MembershipSubject.USER, 1L, OptionalLong.of(1L), MemberStatus.OWNER, MemberStatus.BANNED,
                Change.LEFT, RawJson.of(json)));
    }

    // ---- tolerance: unknown fields, key order, number ids ----

    @Test
    void ignoresUnknownFieldsAtEveryLevel() {
        String json = "{\"update_id\":12,\"callback_query\":{\"future\":{\"a\":[1,2,{\"b\":null}]},"
                + "\"id\":\"q1\",\"from\":{\"id\":5,\"new_user_field\":[true],\"is_bot\":false},"
                + "\"message\":{\"message_id\":6,\"date\":2,\"chat\":{\"id\":7,\"unknown\":{\"deep\":{}}},"
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"x\",\"callback_data\":\"y\"}]]},\"new\":1.5},"
                + "\"chat_instance\":\"1\",\"data\":\"d\",\"extra\":\"e\"},\"top_level_extra\":{\"z\":1}}";

        assertThat(READER.read(json)).isEqualTo(new ButtonPress(TELEGRAM, id("12"), "q1", 5L, OptionalLong.of(7L),
                OptionalLong.of(6L), Optional.empty(), Optional.of("d"), true, PressSource.CALLBACK,
                RawJson.of(json)));
    }

    @Test
    void ignoresUnknownFieldsInMessageAndMemberUpdates() {
        String message = "{\"update_id\":13,\"message\":{\"x\":[{}],\"message_id\":1,\"from\":{\"id\":3,\"y\":{}},"
                + "\"chat\":{\"id\":3,\"z\":[[]]},\"text\":\"hi\",\"entities\":[]},\"also\":true}";
        String member = "{\"update_id\":14,\"my_chat_member\":{\"chat\":{\"id\":3,\"type\":\"private\",\"q\":{}},"
                + "\"from\":{\"id\":3,\"w\":1},\"via_join_request\":false,\"old_chat_member\":{\"user\":{\"id\":9},"
                + "\"status\":\"member\",\"tag\":\"t\"},\"new_chat_member\":{\"user\":{\"id\":9,\"k\":[]},"
                + "\"status\":\"kicked\",\"until_date\":0,\"future\":{}}}}";

        assertThat(READER.read(message)).isEqualTo(new MessageReceived(TELEGRAM, id("13"), OptionalLong.of(3L), 3L,
                1L, "hi", Optional.empty(), Optional.empty(), RawJson.of(message)));
        assertThat(READER.read(member)).isEqualTo(new MembershipChange(TELEGRAM, id("14"), 3L,
                MembershipSubject.BOT, 3L, OptionalLong.of(3L), MemberStatus.MEMBER, MemberStatus.BANNED,
                Change.BLOCKED, RawJson.of(member)));
    }

    @Test
    void readsKeysInAnyOrder() {
        String press = "{\"callback_query\":{\"data\":\"d\",\"message\":{\"chat\":{\"type\":\"private\",\"id\":7},"
                + "\"date\":0,\"message_id\":6},\"from\":{\"is_bot\":false,\"id\":5},\"id\":\"q\"},\"update_id\":15}";
        String migration = "{\"message\":{\"migrate_to_chat_id\":-1009,\"date\":1,\"chat\":{\"title\":\"t\",\"id\":-9},"
                + "\"message_id\":2},\"update_id\":16}";
        String member = "{\"my_chat_member\":{\"new_chat_member\":{\"until_date\":0,\"user\":{\"id\":9},"
                + "\"status\":\"kicked\"},\"old_chat_member\":{\"is_member\":true,\"user\":{\"id\":9},"
                + "\"status\":\"restricted\"},\"from\":{\"id\":3},\"chat\":{\"id\":3,\"type\":\"private\"}},"
                + "\"update_id\":17}";

        assertThat(READER.read(press)).isEqualTo(new ButtonPress(TELEGRAM, id("15"), "q", 5L, OptionalLong.of(7L),
                OptionalLong.of(6L), Optional.empty(), Optional.of("d"), false, PressSource.CALLBACK,
                RawJson.of(press)));
        assertThat(READER.read(migration)).isEqualTo(new ChatMigrated(TELEGRAM, id("16"), -9L, -1009L,
                RawJson.of(migration)));
        assertThat(READER.read(member)).isEqualTo(new MembershipChange(TELEGRAM, id("17"), 3L,
                MembershipSubject.BOT, 3L, OptionalLong.of(3L), MemberStatus.RESTRICTED, MemberStatus.BANNED,
                Change.BLOCKED, RawJson.of(member)));
    }

    @Test
    void keepsNumericPressIdAsItsText() {
        String json = "{\"update_id\":18,\"callback_query\":{\"id\":746902002177162726,\"from\":{\"id\":5},"
                + "\"inline_message_id\":\"im\",\"chat_instance\":\"1\",\"data\":\"d\"}}";

        assertThat(READER.read(json)).isEqualTo(new ButtonPress(TELEGRAM, id("18"), "746902002177162726", 5L,
                OptionalLong.empty(), OptionalLong.empty(), Optional.of("im"), Optional.of("d"), true,
                PressSource.CALLBACK, RawJson.of(json)));
    }

    // ---- errors: each names the field and the place ----

    @Test
    void rejectsTruncatedBodyWithLineAndColumn() throws IOException {
        String whole = new String(sample("callback_query.json"), StandardCharsets.UTF_8);
        String truncated = whole.substring(0, whole.indexOf("\"chat_instance\""));

        UpdateParseException error = parseError(() -> READER.read(truncated));

        // The input ends on line 14, after the indentation of "chat_instance".
        assertThat(error.line()).isEqualTo(14);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.field()).hasValue("callback_query");
        assertThat(error.getMessage()).startsWith("callback_query (line 14, column 5): truncated JSON")
                .doesNotContain("start marker").doesNotContain("Source:");
    }

    @Test
    void truncatedObjectDoesNotRepeatJacksonsOwnLocation() {
        UpdateParseException error = parseError(() -> READER.read("{\"update_id\":1,\"callback_query\":{\"id\":\"1\","
                + "\"from\":{\"id\":1"));

        assertThat(error.getMessage()).isEqualTo("callback_query.from (line 1, column 57): truncated JSON: "
                + "Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void rejectsSyntaxErrorNamingTheInnermostField() {
        String json = "{\"update_id\":1,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":5,}}}";

        UpdateParseException error = parseError(() -> READER.read(json));

        assertThat(error.field()).hasValue("callback_query.from");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(json.indexOf(",}") + 2);
    }

    @Test
    void readsEmptyFieldNameFollowedBySyntaxErrorAsParseError() throws IOException {
        UpdateParseException error = parseError(() -> READER.read(sample("malformed/empty_key_then_syntax_error.json")));

        assertThat(error.field()).hasValue("message[\"\"]");
        assertThat(error.getMessage()).isEqualTo("message[\"\"] (line 1, column 31): malformed JSON: "
                + "Unexpected close marker '}': expected ']'");
    }

    @Test
    void readsNestedEmptyFieldNamesFollowedBySyntaxErrorAsParseError() throws IOException {
        UpdateParseException error = parseError(() -> READER.read(
                sample("malformed/nested_empty_keys_then_syntax_error.json")));

        assertThat(error.field()).hasValue("callback_query.message.chat[\"\"][\"\"]");
    }

    @Test
    void quotesFieldNamesThatAreNotPlainWordsInTheErrorPath() throws IOException {
        UpdateParseException error = parseError(() -> READER.read(
                sample("malformed/dotted_and_bracketed_keys_then_syntax_error.json")));

        assertThat(error.field()).hasValue("message[\"a.b\"][\"[0]\"]");
    }

    @Test
    void skipsUpdateWithEmptyFieldNameFollowedBySyntaxErrorInABatch() throws IOException {
        UpdateBatch batch = READER.readBatch(sample("malformed/batch_with_empty_key_then_syntax_error.json"));

        assertThat(batch.updates()).extracting(Update::updateId).containsExactly(id("10"));
        assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.updateId()).hasValue("11");
            assertThat(skipped.error().field()).hasValue("message[\"\"]");
        });
    }

    @Test
    void rejectsUpdateIdOfWrongType() {
        UpdateParseException error = parseError(() -> READER.read("{\"update_id\":\"x\",\"message\":{}}"));

        assertThat(error.field()).hasValue("update_id");
        assertThat(error.getMessage()).isEqualTo("update_id (line 1, column 14): expected an integer, got a string");
    }

    @Test
    void rejectsUserIdOfWrongType() {
        String json = "{\"update_id\":1,\n\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":\"5\"}}}";

        UpdateParseException error = parseError(() -> READER.read(json));

        assertThat(error.getMessage())
                .isEqualTo("callback_query.from.id (line 2, column 41): expected an integer, got a string");
    }

    @Test
    void rejectsIdsBeyond64Bits() {
        UpdateParseException error = parseError(() -> READER.read(
                "{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":99999999999999999999}}}"));

        assertThat(error.field()).hasValue("message.chat.id");
        assertThat(error.getMessage()).contains("does not fit in 64 bits");
    }

    @Test
    void rejectsMissingRequiredFieldsNamingThem() {
        assertThat(parseError(() -> READER.read("{\"message\":{\"message_id\":1,\"chat\":{\"id\":2}}}")).field())
                .hasValue("update_id");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"callback_query\":{\"id\":\"q\"}}")).field())
                .hasValue("callback_query.from");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"callback_query\":{\"from\":{\"id\":1}}}")).field())
                .hasValue("callback_query.id");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"callback_query\":{\"id\":\"q\",\"from\":{}}}"))
                .field()).hasValue("callback_query.from.id");
        assertThat(parseError(() -> READER.read(
                "{\"update_id\":1,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":1},\"message\":{\"chat\":{\"id\":1},"
                        + "\"date\":0}}}")).field()).hasValue("callback_query.message.message_id");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"message\":{\"message_id\":1}}")).field())
                .hasValue("message.chat");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"message\":{\"chat\":{\"id\":2}}}")).field())
                .hasValue("message.message_id");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"chat_member\":{\"chat\":{\"id\":2},"
                + "\"from\":{\"id\":3},\"old_chat_member\":{\"status\":\"left\"},\"new_chat_member\":{\"status\":"
                + "\"member\"}}}")).field()).hasValue("chat_member.new_chat_member.user.id");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"my_chat_member\":{\"chat\":{\"id\":2},"
                + "\"from\":{\"id\":3},\"old_chat_member\":{\"status\":\"left\"}}}")).field())
                .hasValue("my_chat_member.new_chat_member");
    }

    @Test
    void rejectsMissingFieldWithMessage() {
        UpdateParseException error = parseError(() -> READER.read("{\"update_id\":1,\"message\":{\"message_id\":1}}"));

        assertThat(error.getMessage()).isEqualTo("message.chat (line 1, column 41): required field is missing");
    }

    @Test
    void rejectsUnknownMemberStatusNamingTheField() {
        String json = "{\"update_id\":1,\"my_chat_member\":{\"chat\":{\"id\":2},\"from\":{\"id\":3},"
                + "\"old_chat_member\":{\"status\":\"left\"},\"new_chat_member\":{\"status\":\"overlord\"}}}";

        UpdateParseException error = parseError(() -> READER.read(json));

        assertThat(error.field()).hasValue("my_chat_member.new_chat_member.status");
        assertThat(error.getMessage()).contains("unknown chat member status \"overlord\"");
    }

    @Test
    void rejectsWrongTypeForATypeObject() {
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"callback_query\":\"q\"}")).getMessage())
                .isEqualTo("callback_query (line 1, column 33): expected an object, got a string");
        assertThat(parseError(() -> READER.read("{\"update_id\":1,\"message\":null}")).field()).hasValue("message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void rejectsEmptyInput(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(parseError(() -> READER.read(bytes)).getMessage()).isEqualTo("empty input");
        assertThat(parseError(() -> READER.readBatch(bytes)).getMessage()).isEqualTo("empty input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"update\"", "null"})
    void rejectsNonObjectUpdate(String body) {
        assertThat(parseError(() -> READER.read(body)).getMessage()).contains("expected an update object");
    }

    @Test
    void rejectsContentAfterTheUpdate() {
        assertThat(parseError(() -> READER.read("{\"update_id\":1} {\"update_id\":2}")).getMessage())
                .isEqualTo("(line 1, column 17): unexpected content after the update");
        assertThat(parseError(() -> READER.read("{\"update_id\":1} x")).getMessage()).contains("malformed JSON");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = {'{', '"', 'u', (byte) 0xFF, '"', ':', '1', '}'};

        assertThat(parseError(() -> READER.read(body)).getMessage()).contains("malformed JSON");
    }

    // ---- 10 MB bodies ----

    @Test
    void readsValidUpdateWithTenMegabyteText() {
        String text = "a".repeat(TEN_MB);
        String json = "{\"update_id\":1,\"message\":{\"message_id\":2,\"chat\":{\"id\":3},\"text\":\"" + text + "\"}}";

        Update update = READER.read(json);

        assertThat(update).asInstanceOf(type(MessageReceived.class))
                .extracting(MessageReceived::text).isEqualTo(text);
        assertThat(update.raw().size()).isEqualTo(json.length());
    }

    @Test
    void rejectsTenMegabytesOfNestingWithAClearError() {
        String nested = "[".repeat(TEN_MB);

        assertThat(parseError(() -> READER.read(nested)).getMessage()).contains("expected an update object");
        UpdateParseException deep = parseError(() -> READER.read("{\"update_id\":1,\"edited_message\":" + nested));
        assertThat(deep.getMessage()).contains("nesting depth");
        assertThat(deep.line()).isEqualTo(1);

        UpdateBatch batch = READER.readBatch(nested.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.updates()).isEmpty();
        assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isZero();
            assertThat(skipped.error().getMessage()).contains("nesting depth");
        });
        String objects = "{\"update_id\":1,\"x\":" + "{\"a\":".repeat(TEN_MB / 5);
        assertThat(parseError(() -> READER.read(objects)).getMessage()).contains("nesting depth");
    }

    @Test
    void rejectsTenMegabytesOfGarbage() {
        byte[] garbage = new byte[TEN_MB];
        Arrays.fill(garbage, (byte) 'x');

        assertThat(parseError(() -> READER.read(garbage)).getMessage()).contains("malformed JSON");
        assertThat(parseError(() -> READER.readBatch(garbage)).getMessage()).contains("malformed JSON");
    }

    // ---- batches ----

    @Test
    void readsBatchWithKeysInAnyOrderAndBareArrays() {
        String update = "{\"update_id\":1,\"edited_message\":{}}";
        Ignored expected = new Ignored(TELEGRAM, id("1"), "edited_message", RawJson.of(update));

        assertThat(READER.readBatch(utf8("{\"result\":[" + update + "],\"ok\":true,\"extra\":[1]}")).updates())
                .containsExactly(expected);
        assertThat(READER.readBatch(utf8(" [ " + update + " ] ")).updates()).containsExactly(expected);
        assertThat(READER.readBatch(utf8("{\"ok\":true,\"result\":[]}"))).isEqualTo(new UpdateBatch(List.of(),
                List.of()));
    }

    @Test
    void skipsOneBadUpdateAndReturnsTheOthers() {
        String good1 = "{\"update_id\":600,\"edited_message\":{}}";
        String bad = "{\"update_id\":601,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":\"oops\",\"x\":[{}]},"
                + "\"message\":{\"chat\":{\"id\":1}}}}";
        String good2 = "{\"update_id\":602,\"message\":{\"message_id\":1,\"chat\":{\"id\":2}}}";

        UpdateBatch batch = READER.readBatch(utf8("{\"ok\":true,\"result\":[" + good1 + ",\n" + bad + ",\n" + good2
                + "]}"));

        assertThat(batch.updates()).containsExactly(
                new Ignored(TELEGRAM, id("600"), "edited_message", RawJson.of(good1)),
                new MessageReceived(TELEGRAM, id("602"), OptionalLong.empty(), 2L, 1L, "", Optional.empty(),
                        Optional.empty(), RawJson.of(good2)));
        assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.updateId()).hasValue("601");
            assertThat(skipped.error().field()).hasValue("callback_query.from.id");
            assertThat(skipped.error().line()).isEqualTo(2);
        });
    }

    @Test
    void picksUpTheUpdateIdOfABadUpdateAfterTheError() {
        String bad = "{\"callback_query\":{\"id\":\"q\"},\"update_id\":701}";
        String good = "{\"update_id\":702}";

        UpdateBatch batch = READER.readBatch(utf8("[" + bad + "," + good + "]"));

        assertThat(batch.updates()).containsExactly(new Ignored(TELEGRAM, id("702"), "unknown", RawJson.of(good)));
        assertThat(batch.skipped()).containsExactly(new SkippedUpdate(0, id("701"), batch.skipped().get(0).error()));
        assertThat(batch.skipped().get(0).error().field()).hasValue("callback_query.from");
    }

    @Test
    void skipsNonObjectElements() {
        String good = "{\"update_id\":3}";

        UpdateBatch batch = READER.readBatch(utf8("[1,[2,{\"a\":[]}],null," + good + "]"));

        assertThat(batch.updates()).containsExactly(new Ignored(TELEGRAM, id("3"), "unknown", RawJson.of(good)));
        assertThat(batch.skipped()).extracting(SkippedUpdate::position).containsExactly(0, 1, 2);
        assertThat(batch.skipped()).allSatisfy(skipped -> assertThat(skipped.updateId()).isEmpty());
    }

    @Test
    void stopsAtASyntaxErrorAndReturnsWhatWasRead() {
        String good = "{\"update_id\":800,\"message\":{\"message_id\":1,\"chat\":{\"id\":2},\"text\":\"x\"}}";
        String broken = "{\"update_id\":801,\"message\":{\"message_id\":1,,\"chat\":{\"id\":2}}}";
        String never = "{\"update_id\":802}";

        UpdateBatch batch = READER.readBatch(utf8("{\"ok\":true,\"result\":[" + good + ",\n" + broken + ",\n" + never
                + "]}"));

        assertThat(batch.updates()).containsExactly(new MessageReceived(TELEGRAM, id("800"), OptionalLong.empty(),
                2L, 1L, "x", Optional.empty(), Optional.empty(), RawJson.of(good)));
        assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.updateId()).hasValue("801");
            assertThat(skipped.error().getMessage()).startsWith("message (line 2, column 44): malformed JSON");
        });
    }

    @Test
    void stopsAtATruncatedBatch() {
        String good = "{\"update_id\":900}";

        UpdateBatch batch = READER.readBatch(utf8("{\"ok\":true,\"result\":[" + good + ",{\"update_id\":901,\"mess"));

        assertThat(batch.updates()).containsExactly(new Ignored(TELEGRAM, id("900"), "unknown", RawJson.of(good)));
        assertThat(batch.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.updateId()).hasValue("901");
            assertThat(skipped.error().line()).isEqualTo(1);
        });
    }

    @Test
    void rejectsOkFalseNamingTheDescription() throws IOException {
        UpdateParseException error = parseError(() -> READER.readBatch(sample("error_409_conflict.json")));

        assertThat(error.field()).hasValue("ok");
        assertThat(error.getMessage()).contains("ok:false", "error_code 409",
                "description \"Conflict: terminated by other getUpdates request; make sure that only one bot "
                        + "instance is running\"");
    }

    @Test
    void rejectsUnusableBatches() {
        assertThat(parseError(() -> READER.readBatch(utf8("{\"ok\":true}"))).getMessage())
                .isEqualTo("result (line 1, column 11): required field is missing");
        assertThat(parseError(() -> READER.readBatch(utf8("{\"ok\":true,\"result\":{}}"))).getMessage())
                .isEqualTo("result (line 1, column 21): expected an array of updates, got an object");
        assertThat(parseError(() -> READER.readBatch(utf8("{\"ok\":\"yes\",\"result\":[]}"))).field())
                .hasValue("ok");
        assertThat(parseError(() -> READER.readBatch(utf8("\"updates\""))).getMessage())
                .contains("expected a getUpdates response object or an array of updates");
        assertThat(parseError(() -> READER.readBatch(utf8("{\"ok\":tru"))).getMessage()).contains("malformed JSON");
        assertThat(parseError(() -> READER.readBatch(utf8("[] []"))).getMessage())
                .contains("unexpected content after the batch");
    }

    // ---- helpers ----

    private static Optional<String> id(String updateId) {
        return Optional.of(updateId);
    }

    private static UpdateParseException parseError(ThrowingCallable call) {
        return (UpdateParseException) assertThatThrownBy(call).isExactlyInstanceOf(UpdateParseException.class)
                .actual();
    }

    private static Update readSample(String name) throws IOException {
        return READER.read(sample(name));
    }

    /** The sample's bytes without the file's final newline: the update object exactly as sent. */
    private static RawJson sampleRaw(String name) throws IOException {
        byte[] file = sample(name);
        assertThat(file[file.length - 1]).as("%s ends with a newline", name).isEqualTo((byte) '\n');
        return RawJson.copyOf(file, 0, file.length - 1);
    }

    /** Each update line of the batch sample, without indentation and trailing comma: its exact slice. */
    private static List<RawJson> batchLines(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("  {"))
                .map(line -> line.strip().endsWith(",") ? line.strip().substring(0, line.strip().length() - 1)
                        : line.strip())
                .map(RawJson::of)
                .toList();
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = TelegramUpdateReaderTest.class.getResourceAsStream("/telegram/" + name)) {
            assertThat(in).as("sample %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
