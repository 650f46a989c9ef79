package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.testUpdate;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String START_LINE = """
            {"type":"message","platform":"telegram","updateId":"396711701","userId":222,"chatId":222,\
            "messageId":1,"text":"/start","payload":null}""";
    private static final String PRESS_LINE = """
            {"type":"button_press","platform":"telegram","updateId":"396711520","pressId":"746902002177162726",\
            "userId":173901673,"chatId":173901673,"messageId":3385,"inlineMessageId":null,\
            "payload":"big_button_2_pressed","messageAccessible":true}""";

    static Stream<Arguments> telegramUpdates() {
        return Stream.of(
                Arguments.of("callback_query.json", PRESS_LINE),
                Arguments.of("callback_query_inaccessible_message.json", """
                        {"type":"button_press","platform":"telegram","updateId":"396711600",\
                        "pressId":"746902002177199999","userId":173901673,"chatId":-1001234567890,"messageId":77,\
                        "inlineMessageId":null,"payload":"p:2","messageAccessible":false}"""),
                Arguments.of("callback_query_inline_message.json", """
                        {"type":"button_press","platform":"telegram","updateId":"396711601",\
                        "pressId":"4382bfdwdsb323b2d9","userId":4503599627370495,"chatId":null,"messageId":null,\
                        "inlineMessageId":"AgAAAPx0AQCzYg2xMlX9mA","payload":"vote:yes","messageAccessible":true}"""),
                Arguments.of("message_text_from_reply_keyboard.json", """
                        {"type":"message","platform":"telegram","updateId":"396711700","userId":173901673,\
                        "chatId":173901673,"messageId":3390,"text":"Помощь","payload":null}"""),
                Arguments.of("message_command_start.json", START_LINE),
                Arguments.of("my_chat_member_blocked.json", """
                        {"type":"membership","platform":"telegram","updateId":"396711800","chatId":173901673,\
                        "userId":173901673,"actorId":173901673,"subject":"bot","from":"member","to":"banned",\
                        "change":"blocked"}"""),
                Arguments.of("chat_member_promoted.json", """
                        {"type":"membership","platform":"telegram","updateId":"396711803","chatId":-1001987654321,\
                        "userId":333,"actorId":173901673,"subject":"user","from":"member","to":"admin",\
                        "change":"promoted"}"""),
                Arguments.of("message_migrate_to_chat.json", """
                        {"type":"chat_migrated","platform":"telegram","updateId":"396711900",\
                        "fromChatId":-4012345678,"toChatId":-1004012345678}"""),
                Arguments.of("unknown_update_type.json", """
                        {"type":"ignored","platform":"telegram","updateId":"396712000","updateType":"widget_query"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telegramUpdates")
    void printsOneLinePerTelegramUpdate(String file, String line) {
        CliRun run = run("parse", "--platform", "telegram", testUpdate("telegram/" + file));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(line + "\n");
        assertThat(run.err()).isEmpty();
    }

    static Stream<Arguments> vkUpdates() {
        return Stream.of(
                Arguments.of("message_new_text_button.json", """
                        {"type":"message","platform":"vk","updateId":"6a1b0c5e0f8e6b2b8b0e1f3a0c1d2e3f4a5b6c7d",\
                        "userId":612512941,"chatId":612512941,"messageId":1234,"text":"Помощь",\
                        "payload":"menu:help"}"""),
                Arguments.of("message_new_start_button.json", """
                        {"type":"message","platform":"vk","updateId":"0b1c2d3e4f","userId":163176673,\
                        "chatId":163176673,"messageId":1,"text":"Начать","payload":"{\\"command\\":\\"start\\"}"}"""),
                Arguments.of("message_event_object_payload.json", """
                        {"type":"button_press","platform":"vk","updateId":"e7f1c2a9b0","pressId":"feleyinek",\
                        "userId":612512941,"chatId":2000000094,"messageId":1234,"inlineMessageId":null,\
                        "payload":"vote:yes","messageAccessible":true}"""),
                Arguments.of("message_event_string_payload.json", """
                        {"type":"button_press","platform":"vk","updateId":"e7f1c2a9b1","pressId":"a1b2c3d4e5f6",\
                        "userId":612512941,"chatId":612512941,"messageId":1240,"inlineMessageId":null,\
                        "payload":"page:2","messageAccessible":true}"""),
                Arguments.of("message_event_foreign_payload.json", """
                        {"type":"button_press","platform":"vk","updateId":"e7f1c2a9b2","pressId":"zzz999",\
                        "userId":612512941,"chatId":612512941,"messageId":null,"inlineMessageId":null,\
                        "payload":"{\\"button\\": \\"1\\", \\"n\\": 5}","messageAccessible":true}"""),
                Arguments.of("message_allow.json", """
                        {"type":"membership","platform":"vk","updateId":"c0ffee01","chatId":612512941,\
                        "userId":612512941,"actorId":612512941,"subject":"bot","from":"banned","to":"member",\
                        "change":"unblocked"}"""),
                Arguments.of("message_deny.json", """
                        {"type":"membership","platform":"vk","updateId":"c0ffee02","chatId":612512941,\
                        "userId":612512941,"actorId":612512941,"subject":"bot","from":"member","to":"banned",\
                        "change":"blocked"}"""),
                Arguments.of("group_join.json", """
                        {"type":"membership","platform":"vk","updateId":"c0ffee03","chatId":-218375169,\
                        "userId":612512941,"actorId":612512941,"subject":"user","from":"left","to":"member",\
                        "change":"joined"}"""),
                Arguments.of("group_leave.json", """
                        {"type":"membership","platform":"vk","updateId":"c0ffee04","chatId":-218375169,\
                        "userId":612512941,"actorId":612512941,"subject":"user","from":"member","to":"left",\
                        "change":"left"}"""),
                Arguments.of("message_new_chat_invite_user.json", """
                        {"type":"membership","platform":"vk","updateId":"ab12cd34","chatId":2000000094,\
                        "userId":612512941,"actorId":612512941,"subject":"bot","from":"left","to":"member",\
                        "change":"joined"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vkUpdates")
    void printsOneLinePerVkUpdate(String file, String line) {
        CliRun run = run("parse", "--platform", "vk", testUpdate("vk/" + file));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(line + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void keysComeInTheContractOrderWithJsonTypes() throws IOException {
        JsonNode press = onlyLine(run("parse", "--platform", "telegram",
                testUpdate("telegram/callback_query_inline_message.json")));
        JsonNode message = onlyLine(run("parse", "--platform", "telegram",
                testUpdate("telegram/message_command_start.json")));
        JsonNode membership = onlyLine(run("parse", "--platform", "vk", testUpdate("vk/message_deny.json")));
        JsonNode migrated = onlyLine(run("parse", "--platform", "telegram",
                testUpdate("telegram/message_migrate_to_chat.json")));
        JsonNode ignored = onlyLine(run("parse", "--platform", "telegram",
                testUpdate("telegram/unknown_update_type.json")));

        assertThat(fieldNames(press)).containsExactly("type", "platform", "updateId", "pressId", "userId", "chatId",
                "messageId", "inlineMessageId", "payload", "messageAccessible");
        assertThat(fieldNames(message)).containsExactly("type", "platform", "updateId", "userId", "chatId",
                "messageId", "text", "payload");
        assertThat(fieldNames(membership)).containsExactly("type", "platform", "updateId", "chatId", "userId",
                "actorId", "subject", "from", "to", "change");
        assertThat(fieldNames(migrated)).containsExactly("type", "platform", "updateId", "fromChatId", "toChatId");
        assertThat(fieldNames(ignored)).containsExactly("type", "platform", "updateId", "updateType");

        assertThat(press.get("updateId").isTextual()).isTrue();
        assertThat(press.get("pressId").isTextual()).isTrue();
        assertThat(press.get("userId").isIntegralNumber()).isTrue();
        assertThat(press.get("userId").longValue()).isEqualTo(4503599627370495L);
        assertThat(press.get("chatId").isNull()).isTrue();
        assertThat(press.get("messageId").isNull()).isTrue();
        assertThat(press.get("messageAccessible").isBoolean()).isTrue();
        assertThat(message.get("payload").isNull()).isTrue();
        assertThat(membership.get("chatId").isIntegralNumber()).isTrue();
        assertThat(migrated.get("toChatId").longValue()).isEqualTo(-1004012345678L);
    }

    @Test
    void telegramGetUpdatesBatchPrintsOneLinePerUpdateInOrder() throws IOException {
        CliRun run = run("parse", "--platform", "telegram", testUpdate("telegram/get_updates_batch.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(
                """
                {"type":"message","platform":"telegram","updateId":"500","userId":222,"chatId":222,"messageId":1,\
                "text":"/start","payload":null}""",
                """
                {"type":"button_press","platform":"telegram","updateId":"501","pressId":"1001","userId":222,\
                "chatId":222,"messageId":2,"inlineMessageId":null,"payload":"menu:open","messageAccessible":true}""",
                """
                {"type":"ignored","platform":"telegram","updateId":"502","updateType":"edited_message"}""",
                """
                {"type":"button_press","platform":"telegram","updateId":"503","pressId":"1002","userId":222,\
                "chatId":222,"messageId":2,"inlineMessageId":null,"payload":"menu:close","messageAccessible":true}""");
        assertThat(run.out()).endsWith("}\n").doesNotContain("\r");
        assertThat(run.err()).isEmpty();
        for (String line : run.outLines()) {
            assertThat(MAPPER.readTree(line).isObject()).isTrue();
        }
    }

    @Test
    void vkLongPollBatchPrintsEveryUpdateEvenARepeatedEventId() throws IOException {
        CliRun run = run("parse", "--platform", "vk", testUpdate("vk/longpoll_updates.json"));

        String press = """
                {"type":"button_press","platform":"vk","updateId":"lp-1","pressId":"ev1","userId":1,"chatId":1,\
                "messageId":10,"inlineMessageId":null,"payload":"a","messageAccessible":true}""";
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(press, """
                {"type":"message","platform":"vk","updateId":"lp-2","userId":1,"chatId":1,"messageId":11,\
                "text":"hi","payload":null}""", press);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void dashReadsTheUpdatesFromStdin() throws IOException {
        String batch = Files.readString(Path.of(testUpdate("telegram/get_updates_batch.json")));

        CliRun fromStdin = withStdin(batch, "parse", "--platform", "telegram", "-");

        assertThat(fromStdin.status()).isZero();
        assertThat(fromStdin.outLines()).hasSize(4);
        assertThat(fromStdin).isEqualTo(run("parse", "--platform", "telegram",
                testUpdate("telegram/get_updates_batch.json")));
    }

    @Test
    void aBareArrayIsABatch() {
        String array = "[" + read("telegram/message_command_start.json") + ","
                + read("telegram/callback_query.json") + "]";

        CliRun run = withStdin(array, "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(START_LINE, PRESS_LINE);
    }

    @Test
    void concatenatedUpdatesAreEachRead() {
        String ndjson = oneLine(read("telegram/message_command_start.json")) + "\n"
                + oneLine(read("telegram/callback_query.json")) + "\n\n"
                + read("telegram/message_command_start.json");

        CliRun run = withStdin(ndjson, "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(START_LINE, PRESS_LINE, START_LINE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void batchWithOneBadUpdateExitsOneAndPrintsTheOthers() {
        CliRun run = run("parse", "--platform", "telegram", testUpdate("telegram/batch_with_bad_update.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                """
                {"type":"message","platform":"telegram","updateId":"600","userId":222,"chatId":222,"messageId":7,\
                "text":"hi","payload":null}""",
                """
                {"type":"button_press","platform":"telegram","updateId":"602","pressId":"1004","userId":222,\
                "chatId":222,"messageId":7,"inlineMessageId":null,"payload":"menu:close","messageAccessible":true}""");
        assertThat(run.errLines()).containsExactly("update 1 (updateId 601): skipped: callback_query.from.id "
                + "(line 3, column 70): expected an integer, got a string");
    }

    @Test
    void positionsAndLinesCountAcrossConcatenatedValues() {
        String badPress = "{\"update_id\": 9, \"callback_query\": {\"id\": \"x\", \"from\": {\"id\": \"abc\"}}}";
        String input = "[" + oneLine(read("telegram/message_command_start.json")) + ", " + badPress + "]\n"
                + oneLine(read("telegram/callback_query.json")) + "\n"
                + "  " + badPress + "\n";

        CliRun run = withStdin(input, "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(START_LINE, PRESS_LINE);
        int batchColumn = input.indexOf("\"abc\"") + 1;
        assertThat(run.errLines()).containsExactly(
                "update 1 (updateId 9): skipped: callback_query.from.id (line 1, column " + batchColumn
                        + "): expected an integer, got a string",
                "update 3: skipped: callback_query.from.id (line 3, column " + (2 + badPress.indexOf("\"abc\"") + 1)
                        + "): expected an integer, got a string");
    }

    @Test
    void brokenJsonAfterAGoodUpdateSkipsTheRest() {
        String input = oneLine(read("telegram/message_command_start.json")) + "\nnot json\n";

        CliRun run = withStdin(input, "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(START_LINE);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("update 1: skipped: (line 2, column 1): malformed JSON: Unrecognized token 'not'");
    }

    @Test
    void malformedUpdateExitsTwoNamingLineAndColumnWithNothingOnStdout() {
        String file = testUpdate("telegram/malformed.json");

        CliRun run = run("parse", "--platform", "telegram", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(file
                + ": message.chat (line 3, column 51): malformed JSON: Unexpected character ('\"' (code 34))");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyFieldNameFollowedBySyntaxErrorExitsTwoWithOneLineAndNoStackTrace() {
        String file = testUpdate("telegram/empty_key_then_syntax_error.json");

        CliRun run = run("parse", "--platform", "telegram", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo(file + ": message[\"\"] (line 1, column 31): malformed JSON: Unexpected close marker '}': "
                        + "expected ']'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void vkEnvelopeWithEmptyFieldNameFollowedBySyntaxErrorExitsTwoWithOneLine() {
        String file = testUpdate("vk/empty_key_then_syntax_error.json");

        CliRun run = run("parse", "--platform", "vk", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ": object.message[\"\"][0] (line 1, column 61): malformed JSON");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void batchWithEmptyFieldNameFollowedBySyntaxErrorPrintsTheGoodUpdateAndSkipsTheBadOne() {
        CliRun run = run("parse", "--platform", "telegram",
                testUpdate("telegram/batch_with_empty_key_then_syntax_error.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().contains("\"updateId\":\"10\"");
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("update 1 (updateId 11): skipped: message[\"\"] (line 1, column 124): malformed JSON: "
                        + "Unexpected close marker '}': expected ']'");
    }

    @Test
    void inputThatIsNotJsonExitsTwo() {
        CliRun run = withStdin("\n  hello", "parse", "--platform", "vk", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("<stdin>: (line 2, column 3): malformed JSON: Unrecognized token 'hello'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLoneUpdateThatCannotBeReadExitsTwo() {
        CliRun run = withStdin("{\"update_id\": 5, \"callback_query\": {\"id\": \"x\", \"from\": {\"id\": true}}}",
                "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "<stdin>: callback_query.from.id (line 1, column 63): expected an integer, got a boolean");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBatchThatCannotBeReadAsAWholeExitsTwoWithNothingOnStdout() {
        String input = read("telegram/message_command_start.json")
                + "\n{\"ok\": false, \"error_code\": 409, \"description\": \"Conflict\"}";

        CliRun run = withStdin(input, "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("<stdin>: ok (line 13, column ")
                .endsWith("getUpdates answered ok:false with error_code 409, description \"Conflict\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void vkUpdateListThatIsNotAnArrayExitsTwo() {
        CliRun run = withStdin("{\"ts\": \"4\", \"updates\": 5}", "parse", "--platform", "vk", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("<stdin>: updates (line 1, column 24): ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyInputExitsTwo() {
        CliRun run = withStdin(" \n", "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("<stdin>: empty input");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyBatchPrintsNothingAndExitsZero() {
        CliRun run = withStdin("{\"ok\": true, \"result\": []}", "parse", "--platform", "telegram", "-");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFileExitsTwo() {
        CliRun run = run("parse", "--platform", "telegram", "no-such-update.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("no-such-update.json: cannot read: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directoryExitsTwo() {
        CliRun run = run("parse", "--platform", "vk", "layouts");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("layouts: cannot read: is a directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownPlatformIsAUsageError() {
        CliRun run = run("parse", "--platform", "max", testUpdate("telegram/callback_query.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("Invalid value for option '--platform': 'max'; parse needs one of telegram or vk");
        assertThat(run.err()).contains("Usage: switchboard parse");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void platformIsRequired() {
        CliRun run = run("parse", testUpdate("telegram/callback_query.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required option: '--platform=telegram|vk'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = run("parse", "--platform", "vk", "--pretty", testUpdate("vk/message_deny.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--pretty'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpDescribesInputFormsAndExitStatuses() {
        CliRun run = run("parse", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: switchboard parse").contains("--platform", "FILE|-", "NDJSON",
                "getUpdates", "Long Poll", "Exit status: 0 every update was read; 1 some were skipped", "70 an internal error");
    }

    private static JsonNode onlyLine(CliRun run) throws IOException {
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(1);
        return MAPPER.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String read(String update) {
        try {
            return Files.readString(Path.of(testUpdate(update)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pretty-printed fixture on one line, as a log would hold it. */
    private static String oneLine(String json) {
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
