package dev.switchboard.testkit;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

/** A sink that refuses its first updates as a saturated bot would, then takes the rest into a collection. */
final class RefusingSink implements UpdateSink {
    private final AtomicInteger refusals;
    private final Collection<Update> taken;

    private RefusingSink(int refusals, Collection<Update> taken) {
        this.refusals = new AtomicInteger(refusals);
        this.taken = taken;
    }

    /** Refuses the first {@code refusals} updates (SATURATED), then adds each one to {@code taken}. */
    static RefusingSink refusingFirst(int refusals, Collection<Update> taken) {
        return new RefusingSink(refusals, taken);
    }

    @Override
    public void accept(Update update) {
        offer(update);
    }

    @Override
    public void offer(Update update) {
        if (refusals.getAndDecrement() > 0) {
            throw new UpdateRefusedException(update.platform(), update.updateId().orElse("?"),
                    UpdateRefusedException.Reason.SATURATED);
        }
        taken.add(update);
    }
}
