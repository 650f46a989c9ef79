package dev.switchboard.benchmarks.load;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.vk.api.sdk.client.VkApiClient;
import com.vk.api.sdk.client.actors.GroupActor;
import com.vk.api.sdk.events.CallbackEvent;
import com.vk.api.sdk.httpclient.HttpTransportClient;
import com.vk.api.sdk.objects.callback.messages.CallbackMessage;
import com.vk.api.sdk.objects.messages.Keyboard;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The vk-java-sdk ({@code com.vk.api:sdk}) contender of the VK end-to-end run, behind the same
 * Jetty 12 server as the others. Each Callback API body is read into the SDK's own envelope,
 * {@link CallbackMessage}, with the SDK's configured Gson ({@link CallbackEvent#GSON}); the secret
 * is compared as its {@code CallbackApi.parseMessage} compares it. The SDK's dispatch
 * ({@code CallbackApi.parse}) cannot be used: its {@code Events} enum has no {@code message_event},
 * so on a press it prints the event to standard output, reads its type as null and throws a
 * {@code NullPointerException}. The press is therefore
 * read from the envelope's {@code object} (a Gson {@code JsonObject}, which is how the SDK holds
 * it), routed by the payload, and answered and edited with the SDK's own client:
 * {@code messages().sendMessageEventAnswer(actor, eventId, userId, peerId).eventData(…)} and
 * {@code messages().edit(actor, peerId).cmid(…).message(…).keyboard(…)}, each {@code execute()}d on
 * its {@link HttpTransportClient} (Apache HttpClient 4).
 *
 * <p>The client points at the fake by overriding {@link VkApiClient#getApiEndpoint()}, the one
 * place its queries read the endpoint from: the SDK's only setting for it, the {@code api.host}
 * system property, always makes an {@code https://} URL, and the fake (like every contender's
 * API) is plain HTTP on loopback. The empty keyboard of the edit is written once with the SDK's
 * {@link Keyboard} (its {@code toString()} makes a new Gson per call), which favours it.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.E2eVkSdkBot API_URL
 * }</pre>
 */
public final class E2eVkSdkBot {
    private static final Gson GSON = CallbackEvent.GSON;
    private static final String NO_KEYBOARD = new Keyboard().setButtons(List.of()).setInline(true).toString();

    private E2eVkSdkBot() {
    }

    /** Serves until the process is ended. */
    public static void main(String[] args) throws Exception {
        String endpoint = args[0] + "/method/";
        VkApiClient vk = new VkApiClient(new HttpTransportClient()) {
            @Override
            public String getApiEndpoint() {
                return endpoint;
            }
        };
        GroupActor actor = new GroupActor(E2ePresses.VK_GROUP_ID, E2ePresses.TOKEN);
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(E2ePresses.VK_PATH, request -> handle(vk, actor, request))
                .build();
        server.start();
        System.out.println("vk-java-sdk Callback API listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }

    private static WebhookResponse handle(VkApiClient vk, GroupActor actor, WebhookRequest request) {
        try {
            CallbackMessage message = GSON.fromJson(new String(request.body(), StandardCharsets.UTF_8),
                    CallbackMessage.class);
            if (!E2ePresses.SECRET.equals(message.getSecret())) {
                return WebhookResponse.refuse(403, "bad secret");
            }
            JsonObject event = message.getObject();
            JsonElement payload = event == null ? null : event.get("payload");
            E2ePresses.Route route = payload != null && payload.isJsonObject() && payload.getAsJsonObject().has("p")
                    ? E2ePresses.route(payload.getAsJsonObject().get("p").getAsString()) : null;
            if (route != null) {
                long peerId = event.get("peer_id").getAsLong();
                JsonObject snackbar = new JsonObject();
                snackbar.addProperty("type", "show_snackbar");
                snackbar.addProperty("text", route.toast());
                vk.messages().sendMessageEventAnswer(actor, event.get("event_id").getAsString(),
                        event.get("user_id").getAsLong(), peerId).eventData(snackbar.toString()).execute();
                vk.messages().edit(actor, peerId).cmid(event.get("conversation_message_id").getAsInt())
                        .message(route.edit()).keyboard(NO_KEYBOARD).execute();
            }
            return WebhookResponse.ok("ok");
        } catch (Exception e) {
            System.err.println("press failed: " + e);
            return WebhookResponse.refuse(500, e.getClass().getSimpleName());
        }
    }
}
