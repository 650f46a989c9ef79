package dev.switchboard.testkit;

import static dev.switchboard.testkit.RawTelegram.inlineMarkup;
import static dev.switchboard.testkit.RawTelegram.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** allowed_updates: the last list given stays in force, and updates of other types are never created. */
class FakeTelegramAllowedUpdatesTest {
    private static final long GROUP = -1001987654321L;

    private FakeTelegram fake;
    private RawTelegram raw;

    @BeforeEach
    void start() {
        fake = FakeTelegram.open();
        raw = new RawTelegram(fake.apiUrl());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** The types of the updates a getUpdates returns, with {@code fields} added to its body. */
    private List<String> poll(String fields) throws Exception {
        JsonNode result = raw.call("getUpdates", "{\"timeout\":0" + fields + "}").result();
        List<String> types = new ArrayList<>();
        for (JsonNode update : result) {
            types.add(TelegramAllowedUpdates.type(update).orElseThrow());
        }
        if (!result.isEmpty()) {
            raw.call("getUpdates", "{\"timeout\":0,\"offset\":" + (result.get(result.size() - 1)
                    .get("update_id").asLong() + 1) + "}");
        }
        return types;
    }

    /** A user joins a group, then writes to the bot: a chat_member and a message update. */
    private void joinAndWrite() {
        fake.enqueue(TelegramUpdates.chatMember(GROUP, 555, "Ira", true, 0));
        fake.userSends(555, "hi");
    }

    @Test
    void byDefaultAChatMemberUpdateIsNotDelivered() throws Exception {
        joinAndWrite();

        assertThat(poll("")).containsExactly("message");
    }

    @Test
    void afterTheBotAskedForChatMemberItIsDelivered() throws Exception {
        poll(",\"allowed_updates\":[\"message\",\"chat_member\"]");

        joinAndWrite();

        assertThat(poll("")).containsExactly("chat_member", "message");
    }

    @Test
    void theListStaysInForceAcrossCallsWithoutItUntilAnEmptyListRestoresTheDefault() throws Exception {
        poll(",\"allowed_updates\":[\"chat_member\"]");
        poll("");

        joinAndWrite();
        assertThat(poll("")).containsExactly("chat_member");

        poll(",\"allowed_updates\":[]");
        joinAndWrite();
        assertThat(poll("")).containsExactly("message");
    }

    @Test
    void aListWithoutCallbackQueryDropsPressesWhichAreNeitherCountedNorAnswerable() throws Exception {
        long id = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"Pick\",\"reply_markup\":" + inlineMarkup("a")
                + "}").result().get("message_id").asLong();
        poll(",\"allowed_updates\":[\"message\"]");

        String query = fake.pressButton(42, id, "a");
        fake.userSends(42, "typed instead");

        assertThat(poll("")).containsExactly("message");
        assertThat(raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + query + "\"}").json())
                .isEqualTo(sample("error_400_query_too_old"));
        assertThat(fake.stats().pressesMade()).isZero();
        assertThat(fake.stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void updatesCreatedBeforeTheListChangedAreStillDelivered() throws Exception {
        fake.userSends(42, "early");

        assertThat(poll(",\"allowed_updates\":[\"callback_query\"]")).containsExactly("message");
        fake.userSends(42, "late");
        assertThat(poll("")).isEmpty();
    }

    @Test
    void setWebhookSetsTheListTooAndItOutlivesDeleteWebhook() throws Exception {
        raw.call("setWebhook", "{\"url\":\"http://127.0.0.1:1/hook\",\"allowed_updates\":[\"chat_member\"]}");
        raw.call("deleteWebhook", "{}");

        joinAndWrite();

        assertThat(poll("")).containsExactly("chat_member");
    }

    @Test
    void namesAreReadAsTheServerReadsThem() throws Exception {
        poll(",\"allowed_updates\":\"[\\\"Chat_Member\\\",\\\"no_such_type\\\"]\"");
        joinAndWrite();
        assertThat(poll("")).as("any case, unknown names skipped, a JSON string").containsExactly("chat_member");

        poll(",\"allowed_updates\":{\"not\":\"a list\"}");
        joinAndWrite();
        assertThat(poll("")).as("not a list: no change").containsExactly("chat_member");

        poll(",\"allowed_updates\":[\"no_such_type\"]");
        joinAndWrite();
        assertThat(poll("")).as("no known name: the default").containsExactly("message");
    }

    @Test
    void rawUpdatesAreFilteredTooAndTheirIdsAreUsedUp() throws Exception {
        long dropped = fake.enqueue((ObjectNode) RawTelegram.MAPPER.readTree(
                "{\"message_reaction\":{\"chat\":{\"id\":42,\"type\":\"private\"},\"message_id\":1}}"));
        long kept = fake.enqueue((ObjectNode) RawTelegram.MAPPER.readTree(
                "{\"message\":{\"message_id\":5,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"raw\"}}"));

        JsonNode updates = raw.call("getUpdates", "{\"timeout\":0}").result();

        assertThat(fake.pendingUpdates()).hasSize(1);
        assertThat(updates).singleElement().satisfies(update ->
                assertThat(update.get("update_id").asLong()).isEqualTo(kept).isGreaterThan(dropped));
    }
}
