package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fake Bot API reads the fields it checks from JSON bodies and from form bodies alike. */
class E2eFakeTelegramTest {
    @Test
    void readsStringAndNumberFieldsOfJson() {
        String body = "{\"chat_id\":700000003,\"message_id\": 4,\"text\":\"Voted-yes\"}";

        assertThat(E2eFakeApi.field(body, "chat_id")).isEqualTo("700000003");
        assertThat(E2eFakeApi.field(body, "message_id")).isEqualTo("4");
        assertThat(E2eFakeApi.field(body, "text")).isEqualTo("Voted-yes");
        assertThat(E2eFakeApi.field(body, "reply_markup")).isNull();
    }

    @Test
    void readsFieldsOfAFormBody() {
        String body = "callback_query_id=p12&text=Counted-no&show_alert=false";

        assertThat(E2eFakeApi.field(body, "callback_query_id")).isEqualTo("p12");
        assertThat(E2eFakeApi.field(body, "text")).isEqualTo("Counted-no");
        assertThat(E2eFakeApi.field(body, "id")).isNull();
    }

    @Test
    void pressIdsRoundTrip() {
        assertThat(E2ePresses.indexOfQuery(E2ePresses.queryId(1234))).isEqualTo(1234);
        assertThat(E2ePresses.indexOfQuery("x1")).isEqualTo(-1);
        assertThat(E2ePresses.indexOfQuery(null)).isEqualTo(-1);
    }
}
