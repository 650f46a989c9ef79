package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.Alert;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.answer.OpenApp;
import dev.switchboard.core.answer.OpenLink;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.answer.Toast;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.validate.Issues;
import dev.switchboard.core.validate.ViolationCode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the parameters of {@code messages.sendMessageEventAnswer} (docs/validation.md
 * "Answers to a press") from an {@link AnswerRequest} checked against {@link #RULES} ({@link #request}
 * checks a press and answer). Stateless and thread-safe.
 */
final class VkAnswerWriter implements AnswerWriter {
    /** Longest snackbar text, in UTF-16 units. */
    static final int MAX_SNACKBAR_TEXT = 90;
    /** Longest serialized {@code event_data}, in UTF-16 units. */
    static final int MAX_EVENT_DATA = 1000;

    static final AnswerRules RULES = new AnswerRules(PlatformId.VK, EnumSet.allOf(AnswerKind.class),
            EnumSet.of(AnswerKind.ALERT), MAX_SNACKBAR_TEXT,
            List.of(VkAnswerWriter::checkLink, VkAnswerWriter::checkEventDataLength));

    static final VkAnswerWriter INSTANCE = new VkAnswerWriter();

    private VkAnswerWriter() {
    }

    @Override
    public AnswerRules rules() {
        return RULES;
    }

    @Override
    public AnswerRequest request(ButtonPress press, PressAnswer answer) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        checkVk(press.platform(), press.chatId().isPresent());
        return AnswerRequest.of(press, answer, RULES);
    }

    @Override
    public Map<String, Object> write(AnswerRequest request) {
        checkNotNull(request, "request");
        checkVk(request.platform(), request.chatId().isPresent());
        Map<String, Object> params = new LinkedHashMap<>(8);
        params.put("event_id", request.pressId());
        params.put("user_id", request.userId());
        params.put("peer_id", request.chatId().getAsLong());
        String eventData = eventData(request.answer());
        if (eventData != null) {
            params.put("event_data", eventData);
        }
        return params;
    }

    /**
     * The {@code event_data} JSON text for {@code answer}, or null when none is sent (no answer, or
     * an empty toast or alert text). Both the length check and {@link #write} use this.
     */
    static String eventData(PressAnswer answer) {
        String text = answer instanceof Toast toast ? toast.text() : answer instanceof Alert alert ? alert.text() : null;
        if (answer.kind() == AnswerKind.NONE || (text != null && text.isEmpty())) {
            return null;
        }
        StringWriter out = new StringWriter(64);
        try (JsonGenerator json = VkPayload.JSON.createGenerator(out)) {
            json.writeStartObject();
            if (text != null) {
                json.writeStringField("type", "show_snackbar");
                json.writeStringField("text", text);
            } else if (answer instanceof OpenLink link) {
                json.writeStringField("type", "open_link");
                json.writeStringField("link", link.url());
            } else if (answer instanceof OpenApp app) {
                json.writeStringField("type", "open_app");
                json.writeNumberField("app_id", app.appId());
                if (app.ownerId().isPresent()) {
                    json.writeNumberField("owner_id", app.ownerId().getAsLong());
                }
                if (app.hash().isPresent()) {
                    json.writeStringField("hash", app.hash().get());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing VK event_data to a String failed", e);
        }
        return out.toString();
    }

    private static void checkVk(PlatformId platform, boolean hasChat) {
        checkArgument(platform.equals(PlatformId.VK), "press is from %s, not VK", platform);
        checkArgument(hasChat, "a VK press always has a chatId (peer_id)");
    }

    private static void checkLink(PressAnswer answer, Issues issues) {
        if (answer instanceof OpenLink link) {
            String problem = VkRules.urlProblem(link.url());
            if (problem != null) {
                issues.add("url", ViolationCode.INVALID_URL, problem);
            }
        }
    }

    private static void checkEventDataLength(PressAnswer answer, Issues issues) {
        String eventData = eventData(answer);
        if (eventData != null && eventData.length() > MAX_EVENT_DATA) {
            issues.add("", ViolationCode.FIELD_TOO_LONG, MAX_EVENT_DATA, eventData.length(),
                    "event_data is " + eventData.length() + " characters; VK allows " + MAX_EVENT_DATA);
        }
    }
}
