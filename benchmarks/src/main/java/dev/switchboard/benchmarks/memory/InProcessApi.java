package dev.switchboard.benchmarks.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that answers the Telegram Bot API and the VK API from memory, without a
 * socket: {@code sendMessage} and {@code messages.send} succeed with a new message id,
 * {@code answerCallbackQuery} and {@code messages.sendMessageEventAnswer} with {@code true}/1. It
 * keeps, per chat, the callback data of the first callback button of the last keyboard sent there
 * until the driver {@linkplain #takeSentData takes} it, so it holds nothing per chat between one
 * chat's turns; everything else it answers is constant.
 */
final class InProcessApi extends HttpClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpHeaders JSON_HEADERS = HttpHeaders.of(
            Map.of("Content-Type", List.of("application/json")), (name, value) -> true);

    private final Map<Long, String> sentData = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();

    /** The callback data of the first callback button last sent to {@code chatId}, forgotten once taken. */
    Optional<String> takeSentData(long chatId) {
        return Optional.ofNullable(sentData.remove(chatId));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        try {
            return CompletableFuture.completedFuture(respond(request, handler));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return respond(request, handler);
    }

    private <T> HttpResponse<T> respond(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        String path = request.uri().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = body(request);
        String answer = switch (method) {
            case "sendMessage" -> telegramSent(body);
            case "answerCallbackQuery" -> "{\"ok\":true,\"result\":true}";
            case "messages.send" -> vkSent(body);
            case "messages.sendMessageEventAnswer" -> "{\"response\":1}";
            default -> throw new IllegalStateException("the memory soak does not answer " + method);
        };
        return new Response<>(request, read(handler, answer.getBytes(StandardCharsets.UTF_8)));
    }

    private String telegramSent(byte[] body) {
        JsonNode request = tree(new String(body, StandardCharsets.UTF_8));
        long chatId = request.path("chat_id").asLong();
        JsonNode markup = request.path("reply_markup");
        if (markup.isTextual()) {
            markup = tree(markup.asText());
        }
        String data = markup.path("inline_keyboard").path(0).path(0).path("callback_data").asText(null);
        if (data != null) {
            sentData.put(chatId, data);
        }
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":\"sent\"}}";
    }

    private String vkSent(byte[] body) {
        long peer = 0;
        String keyboard = null;
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            if (name.equals("peer_ids")) {
                peer = Long.parseLong(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } else if (name.equals("keyboard")) {
                keyboard = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        if (keyboard != null) {
            JsonNode payload = tree(keyboard).path("buttons").path(0).path(0).path("action").path("payload");
            if (payload.isTextual()) {
                sentData.put(peer, payload.asText());
            }
        }
        return "{\"response\":[{\"peer_id\":" + peer + ",\"message_id\":" + messageIds.incrementAndGet()
                + ",\"conversation_message_id\":1}]}";
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes {@code request}'s publisher gives, read on this thread. */
    private static byte[] body(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        join(done);
        return out.toByteArray();
    }

    private static <T> T read(HttpResponse.BodyHandler<T> handler, byte[] bytes) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return JSON_HEADERS;
            }

            @Override
            public Version version() {
                return Version.HTTP_1_1;
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
        subscriber.onComplete();
        return join(subscriber.getBody().toCompletableFuture());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        throw new UnsupportedOperationException("no TLS in process");
    }

    @Override
    public SSLParameters sslParameters() {
        throw new UnsupportedOperationException("no TLS in process");
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
        return Optional.empty();
    }

    /** A 200 with a JSON body. */
    private record Response<T>(HttpRequest request, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return JSON_HEADERS;
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }
    }
}
