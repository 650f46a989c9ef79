package dev.switchboard.benchmarks.contenders;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.vk.api.sdk.events.CallbackEvent;
import com.vk.api.sdk.objects.callback.MessageNew;
import com.vk.api.sdk.objects.messages.Keyboard;
import com.vk.api.sdk.objects.messages.KeyboardButton;
import com.vk.api.sdk.objects.messages.KeyboardButtonActionCallback;
import com.vk.api.sdk.objects.messages.KeyboardButtonActionCallbackType;
import com.vk.api.sdk.objects.messages.KeyboardButtonActionOpenLink;
import com.vk.api.sdk.objects.messages.KeyboardButtonActionOpenLinkType;
import com.vk.api.sdk.objects.messages.KeyboardButtonColor;
import dev.switchboard.benchmarks.ButtonSpec;
import dev.switchboard.benchmarks.KeyboardSpec;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;

/**
 * vk-java-sdk ({@code com.vk.api:sdk}). Events are read with the SDK's own configured Gson
 * ({@code CallbackEvent.GSON}, the one its Callback API handler uses) into its {@link MessageNew}.
 * The SDK has no {@code message_event} type, so that envelope is read as its closest generic
 * object, Gson's {@link JsonObject} (what the SDK's own {@code CallbackMessage} holds as
 * {@code object}). Keyboards are its {@link Keyboard} model; the SDK serialises it with a new
 * {@code Gson} per call ({@code Keyboard.toString()}), here a shared one is used, which favours it.
 * Payloads are wrapped with {@link VkPlatform#encodePayload}, the same code ours uses.
 */
public final class VkSdkPeer {
    private static final Gson EVENTS = CallbackEvent.GSON;
    private static final Gson KEYBOARDS = new Gson();

    private VkSdkPeer() {
    }

    /** {@code message_new} into the SDK's {@link MessageNew}. */
    public static MessageNew parseMessageNew(String json) {
        return EVENTS.fromJson(json, MessageNew.class);
    }

    /** {@code message_event}, which the SDK does not model, into a Gson {@link JsonObject}. */
    public static JsonObject parseGeneric(String json) {
        return EVENTS.fromJson(json, JsonObject.class);
    }

    /** Builds the equivalent SDK {@link Keyboard} and serialises it. */
    public static String render(KeyboardSpec spec) {
        List<List<KeyboardButton>> rows = new ArrayList<>(spec.rows().size());
        for (List<ButtonSpec> row : spec.rows()) {
            List<KeyboardButton> buttons = new ArrayList<>(row.size());
            for (ButtonSpec b : row) {
                KeyboardButton button = new KeyboardButton();
                if (b.payload().isPresent()) {
                    button.setAction(new KeyboardButtonActionCallback().setType(KeyboardButtonActionCallbackType.CALLBACK)
                            .setLabel(b.label()).setPayload(VkPlatform.encodePayload(b.payload().get())));
                    b.style().ifPresent(s -> button.setColor(color(s)));
                } else {
                    button.setAction(new KeyboardButtonActionOpenLink().setType(KeyboardButtonActionOpenLinkType.OPEN_LINK)
                            .setLink(b.url().get()).setLabel(b.label()));
                }
                buttons.add(button);
            }
            rows.add(buttons);
        }
        Keyboard keyboard = new Keyboard().setButtons(rows).setInline(spec.inline());
        if (!spec.inline()) {
            keyboard.setOneTime(false);
        }
        return KEYBOARDS.toJson(keyboard);
    }

    private static KeyboardButtonColor color(String style) {
        return switch (style) {
            case "positive" -> KeyboardButtonColor.POSITIVE;
            case "negative" -> KeyboardButtonColor.NEGATIVE;
            case "primary" -> KeyboardButtonColor.PRIMARY;
            default -> throw new IllegalArgumentException("no style " + style);
        };
    }
}
