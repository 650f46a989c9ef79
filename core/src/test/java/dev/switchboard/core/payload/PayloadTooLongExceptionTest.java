package dev.switchboard.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.validate.PayloadUnit;
import org.junit.jupiter.api.Test;

class PayloadTooLongExceptionTest {

    @Test
    void messageNamesPlatformSizeLimitAndTheStartOfThePayload() {
        PayloadTooLongException e = new PayloadTooLongException(PlatformId.VK, "item:" + "x".repeat(300), 313, 255,
                PayloadUnit.CHARS);

        assertThat(e).isInstanceOf(SwitchboardException.class)
                .hasMessage("VK payload is 313 characters, over the limit of 255: \"item:" + "x".repeat(35) + "…\"");
        assertThat(e.payload()).hasSize(305);
    }

    @Test
    void shortenedPayloadNeverSplitsASurrogatePair() {
        String payload = "a".repeat(39) + "🎉" + "b";

        PayloadTooLongException e = new PayloadTooLongException(PlatformId.TELEGRAM, payload, 70, 64,
                PayloadUnit.BYTES_UTF8);

        assertThat(e).hasMessage("Telegram payload is 70 bytes, over the limit of 64: \"" + "a".repeat(39) + "…\"");
    }
}
