package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/** An {@link UpdateSource} fed by the test: updates are handed to the sink on the source's own thread. */
final class FakeSource implements UpdateSource {
    private static final Update STOP = Updates.ignored(new PlatformId("stop", "Stop"));

    private final PlatformId platform;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch ended = new CountDownLatch(1);
    volatile boolean stopCalled;
    /** What the sink refused, in order; a source stops at the first STOPPING. */
    final List<UpdateRefusedException> refused = new CopyOnWriteArrayList<>();

    FakeSource(PlatformId platform) {
        this.platform = platform;
    }

    /** Hands {@code update} to the sink, on the source's thread. */
    void deliver(Update update) {
        queue.add(update);
    }

    /** Makes {@link #run} throw {@code error}. */
    void fail(RuntimeException error) {
        queue.add(error);
    }

    @Override
    public PlatformId platform() {
        return platform;
    }

    @Override
    public void run(UpdateSink sink) {
        started.countDown();
        try {
            while (true) {
                Object next = queue.take();
                if (next == STOP) {
                    return;
                }
                if (next instanceof RuntimeException error) {
                    throw error;
                }
                try {
                    sink.accept((Update) next);
                } catch (UpdateRefusedException e) {
                    refused.add(e);
                    if (e.reason() == UpdateRefusedException.Reason.STOPPING) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void stop() {
        stopCalled = true;
        queue.add(STOP);
    }
}
