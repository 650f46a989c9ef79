package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** {@link ApiHttp} through a JDK {@link HttpClient}, waiting with {@code send} and {@link WholeAnswer}. */
final class JdkApiHttp implements ApiHttp {
    private final HttpClient client;

    JdkApiHttp(HttpClient client) {
        this.client = checkNotNull(client, "client");
    }

    @Override
    public ApiResponse post(URI uri, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, WholeAnswer.within(timeout));
            return new ApiResponse(response.statusCode(), response.headers().firstValue("Content-Type"),
                    response.body());
        } catch (HttpTimeoutException e) {
            throw timedOut(timeout);
        } catch (IOException e) {
            if (bodyTimedOut(e)) {
                throw timedOut(timeout);
            }
            throw e;
        }
    }

    static HttpTimeoutException timedOut(Duration timeout) {
        return new HttpTimeoutException("request timed out: no complete answer within " + timeout.toMillis() + " ms");
    }

    /** Whether {@code e} is the body deadline of {@link WholeAnswer} passing. */
    private static boolean bodyTimedOut(IOException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ApiHttp[JDK HttpClient]";
    }
}
