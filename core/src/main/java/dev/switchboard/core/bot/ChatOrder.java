package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the tasks of one chat (platform and chat id) one at a time, in the order they were given,
 * on an executor that runs different chats' tasks in parallel. A chat's first task goes to the
 * executor at once; later ones wait in the chat's queue, and each finished task hands the next one
 * to the executor, so busy chats take turns on the pool. A chat with nothing running or waiting has
 * no entry. A task for no chat (a press on a Telegram inline-mode message, which carries none) goes
 * straight to the executor, unordered.
 *
 * <p>Once the executor refuses work (it was shut down), a task waiting behind a running one runs on
 * the thread that finished the one before it, as tasks already in a pool's queue still run at
 * shutdown; so every task given here runs exactly once. Thread-safe.
 */
final class ChatOrder {
    /** The chat an update belongs to. */
    record Key(PlatformId platform, long chatId) {
    }

    private final Executor executor;
    /** Per chat with a task running or handed to the executor: the tasks waiting behind it. */
    private final Map<Key, ArrayDeque<Runnable>> waiting = new HashMap<>();

    ChatOrder(Executor executor) {
        this.executor = executor;
    }

    /**
     * The chat {@code update} is ordered in: a migration in the chat it moved to (which the
     * updates after it use); a press on an inline-mode message, and an ignored update, in none.
     */
    static Optional<Key> keyOf(Update update) {
        return switch (update.kind()) {
            case MESSAGE -> Optional.of(new Key(update.platform(), ((MessageReceived) update).chatId()));
            case BUTTON_PRESS -> {
                ButtonPress press = (ButtonPress) update;
                yield press.chatId().isPresent()
                        ? Optional.of(new Key(update.platform(), press.chatId().getAsLong()))
                        : Optional.empty();
            }
            case MEMBERSHIP -> Optional.of(new Key(update.platform(), ((MembershipChange) update).chatId()));
            case CHAT_MIGRATED -> Optional.of(new Key(update.platform(), ((ChatMigrated) update).toChatId()));
            case IGNORED -> Optional.empty();
        };
    }

    /**
     * Runs {@code task} after every task given before for {@code update}'s chat.
     *
     * @throws RejectedExecutionException when the executor refuses work; {@code task} will not run
     */
    void execute(Update update, Runnable task) {
        Optional<Key> key = keyOf(update);
        if (key.isEmpty()) {
            executor.execute(task);
            return;
        }
        Key chat = key.get();
        synchronized (waiting) {
            ArrayDeque<Runnable> queue = waiting.get(chat);
            if (queue != null) {
                if (executor instanceof ExecutorService service && service.isShutdown()) {
                    throw new RejectedExecutionException("executor shut down");
                }
                queue.add(task);
                return;
            }
            waiting.put(chat, new ArrayDeque<>());
        }
        try {
            executor.execute(() -> runThenNext(chat, task));
        } catch (RuntimeException e) {
            synchronized (waiting) {
                waiting.remove(chat);
            }
            throw e;
        }
    }

    /** How many chats have a task running or waiting; none once all are done. */
    int chats() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void runThenNext(Key chat, Runnable task) {
        Runnable current = task;
        Throwable failure = null;
        while (current != null) {
            try {
                current.run();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            current = next(chat);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Hands the chat's next task to the executor; returns it instead when the executor refuses it. */
    private Runnable next(Key chat) {
        Runnable next;
        synchronized (waiting) {
            next = waiting.get(chat).poll();
            if (next == null) {
                waiting.remove(chat);
                return null;
            }
        }
        Runnable task = next;
        try {
            executor.execute(() -> runThenNext(chat, task));
            return null;
        } catch (RejectedExecutionException e) {
            return task;
        }
    }
}
