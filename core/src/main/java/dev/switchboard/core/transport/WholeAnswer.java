package dev.switchboard.core.transport;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A body handler for a blocking {@code HttpClient.send} that bounds the whole answer, body included:
 * the request's own timeout covers the wait for the headers only, so a body still arriving at the
 * deadline fails with {@link TimeoutException} (and its subscription is cancelled). It lets a call
 * wait on its own thread instead of through {@code sendAsync}, which hands every completion to the
 * {@link CompletableFuture} default executor, and on a machine with two cores or fewer that executor
 * starts a new thread per task: three or more threads per API call. {@link JdkApiHttp} uses it.
 */
final class WholeAnswer {
    private WholeAnswer() {
    }

    /** The body as bytes, complete within {@code timeout} from now, or failed with {@link TimeoutException}. */
    public static HttpResponse.BodyHandler<byte[]> within(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        return info -> new Bounded(HttpResponse.BodySubscribers.ofByteArray(), deadline);
    }

    /** Passes everything to the bytes subscriber; its result fails at the deadline. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes;
        private final CompletableFuture<byte[]> result;
        private volatile Flow.Subscription subscription;

        Bounded(HttpResponse.BodySubscriber<byte[]> bytes, long deadline) {
            this.bytes = bytes;
            this.result = bytes.getBody().toCompletableFuture()
                    .orTimeout(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            result.whenComplete((body, failure) -> {
                Flow.Subscription s = subscription;
                if (failure instanceof TimeoutException && s != null) {
                    s.cancel();
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            bytes.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            bytes.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            bytes.onError(throwable);
        }

        @Override
        public void onComplete() {
            bytes.onComplete();
        }
    }
}
