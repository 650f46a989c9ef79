package dev.switchboard.benchmarks.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The books a fake platform API keeps of one phase, presses {@code from} to {@code from + count}:
 * for every press how often it was answered and edited, whether with its route's texts and in its
 * chat, and when the first answer came in. Both fakes ({@link E2eFakeTelegram}, {@link E2eFakeVk})
 * keep the same books, so the equivalence check is one and the same on both platforms.
 * Thread-safe.
 */
final class E2eLedger {
    private final int from;
    private final int count;
    private final int chats;
    private final AtomicIntegerArray answers;
    private final AtomicIntegerArray edits;
    private final AtomicIntegerArray wrong;
    private final AtomicLongArray answeredAt;
    private final AtomicReferenceArray<CompletableFuture<Void>> waiters;
    private final AtomicLong repeatedAnswers = new AtomicLong();

    E2eLedger(int from, int count, int chats) {
        this.from = from;
        this.count = count;
        this.chats = chats;
        this.answers = new AtomicIntegerArray(count);
        this.edits = new AtomicIntegerArray(count);
        this.wrong = new AtomicIntegerArray(count);
        this.answeredAt = new AtomicLongArray(count);
        this.waiters = new AtomicReferenceArray<>(count);
    }

    int from() {
        return from;
    }

    int count() {
        return count;
    }

    int chats() {
        return chats;
    }

    /** A future completed once press {@code index} is answered and edited; call before sending it. */
    CompletableFuture<Void> waiter(int index) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiters.set(index - from, done);
        if (answers.get(index - from) > 0 && edits.get(index - from) > 0) {
            done.complete(null);
        }
        return done;
    }

    /** What became of an answer call. */
    enum Answer {
        /** The press's first answer. */
        FIRST,
        /** A later one, refused as the platform refuses it. */
        REPEATED,
        /** About no press of the phase. */
        STRAY
    }

    /**
     * Books an answer to press {@code index} with toast {@code text} (null: a toast of the wrong
     * kind or in the wrong chat, booked as a wrong text) that arrived at {@code now}.
     */
    Answer answered(int index, String text, long now) {
        int at = index - from;
        if (index < 0 || at < 0 || at >= count) {
            return Answer.STRAY;
        }
        if (!answeredAt.compareAndSet(at, 0, now)) {
            repeatedAnswers.incrementAndGet();
            return Answer.REPEATED;
        }
        if (!E2ePresses.routeOf(index).toast().equals(text)) {
            wrong.incrementAndGet(at);
        }
        answers.incrementAndGet(at);
        complete(at);
        return Answer.FIRST;
    }

    /** Answer calls for presses already answered (refused as the platform refuses them). */
    long repeatedAnswers() {
        return repeatedAnswers.get();
    }

    /**
     * Books an edit of press {@code index}'s message in chat {@code chatId} to {@code text}; false
     * when the index is about no press of the phase.
     */
    boolean edited(int index, String chatId, String text) {
        int at = index - from;
        if (index < 0 || at < 0 || at >= count) {
            return false;
        }
        edits.incrementAndGet(at);
        if (!E2ePresses.routeOf(index).edit().equals(text)
                || !Long.toString(E2ePresses.chatId(index, chats)).equals(chatId)) {
            wrong.incrementAndGet(at);
        }
        complete(at);
        return true;
    }

    private void complete(int at) {
        CompletableFuture<Void> done = waiters.get(at);
        if (done != null && answers.get(at) > 0 && edits.get(at) > 0) {
            done.complete(null);
        }
    }

    /** When press {@code index} was first answered ({@link System#nanoTime()}), or 0. */
    long answeredAt(int index) {
        return answeredAt.get(index - from);
    }

    /** Whether every press is answered and edited at least once. */
    boolean allDone() {
        for (int i = 0; i < count; i++) {
            if (answers.get(i) == 0 || edits.get(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with the phase: presses not answered, not edited exactly once, wrong texts. */
    Check check() {
        int unanswered = 0;
        int unedited = 0;
        int reedited = 0;
        int wrongTexts = 0;
        for (int i = 0; i < count; i++) {
            int a = answers.get(i);
            int e = edits.get(i);
            unanswered += a == 0 ? 1 : 0;
            unedited += e == 0 ? 1 : 0;
            reedited += e > 1 ? 1 : 0;
            wrongTexts += wrong.get(i) > 0 ? 1 : 0;
        }
        return new Check(count, unanswered, repeatedAnswers.get(), unedited, reedited, wrongTexts);
    }

    /**
     * The equivalence check of a phase.
     *
     * @param presses presses sent
     * @param unanswered presses never answered
     * @param repeatedAnswers answer calls for presses already answered: refused as the platform
     *     refuses them (Telegram's 400, VK's error 100), so the user still sees one toast; counted,
     *     not invalid (a client resends an answer whose outcome it did not learn)
     * @param unedited presses whose message was never edited
     * @param editedTwice presses whose message was edited more than once
     * @param wrongTexts presses answered or edited with another text or in another chat
     */
    record Check(int presses, int unanswered, long repeatedAnswers, int unedited, int editedTwice,
            int wrongTexts) {
        /** Whether every press was answered exactly once and edited exactly once, as expected. */
        boolean valid() {
            return unanswered == 0 && unedited == 0 && editedTwice == 0 && wrongTexts == 0;
        }

        @Override
        public String toString() {
            return presses + " presses: " + unanswered + " unanswered, " + unedited + " unedited, " + editedTwice
                    + " edited twice, " + wrongTexts + " wrong texts, " + repeatedAnswers
                    + " repeated answer calls (refused)";
        }
    }
}
