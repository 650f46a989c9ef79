package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A loopback Bot API that answers at once and keeps the books of one phase: for every press of the
 * phase how often it was answered and edited, whether with the expected texts, and when the first
 * answer came in. It reads JSON bodies (Switchboard, TelegramBots, the limit) and form bodies
 * (java-telegram-bot-api) alike. Nothing sleeps; each request costs a few field look-ups. For a
 * bot on long polling it also serves {@code getUpdates} from a queue of enqueued presses, holding
 * the poll until there is one or its timeout passes, as Telegram does.
 */
final class E2eFakeTelegram implements AutoCloseable {
    private static final String PREFIX = "/bot" + E2ePresses.TOKEN + "/";
    private static final WebhookResponse TRUE = WebhookResponse.typed(200, "application/json",
            "{\"ok\":true,\"result\":true}");
    private static final WebhookResponse ALREADY_ANSWERED = WebhookResponse.typed(400, "application/json",
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: query is too old and response timeout"
                    + " expired or query ID is invalid\"}");

    private final WebhookServer server;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong strays = new AtomicLong();
    private volatile Ledger ledger = new Ledger(0, 0, 1);
    /** Presses waiting for {@code getUpdates}: update id and press, in the order enqueued. */
    private final java.util.ArrayDeque<long[]> queue = new java.util.ArrayDeque<>();
    private long nextUpdateId = 1;
    private boolean closed;

    E2eFakeTelegram() {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .threads(8)
                .route("POST", PREFIX + "*", this::handle)
                .build();
        server.start();
    }

    /** The base URL to give a client as its API URL ({@code {base}/bot{token}/{method}}). */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    /** Starts the books of presses {@code from} (inclusive) to {@code from + count}, in {@code chats} chats. */
    Ledger open(int from, int count, int chats) {
        Ledger next = new Ledger(from, count, chats);
        ledger = next;
        return next;
    }

    /** Every request so far. */
    long requests() {
        return requests.get();
    }

    /** Requests about no press of the open ledger, or with an unknown method. */
    long strays() {
        return strays.get();
    }

    private WebhookResponse handle(WebhookRequest request) {
        requests.incrementAndGet();
        long now = System.nanoTime();
        // Bot API method names are case-insensitive; TelegramBots writes them in lower case.
        String method = request.path().substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        String body = new String(request.body(), StandardCharsets.UTF_8);
        Ledger books = ledger;
        switch (method) {
            case "answercallbackquery" -> {
                Ledger.Answer answer = books.answered(E2ePresses.indexOfQuery(field(body, "callback_query_id")),
                        field(body, "text"), now);
                if (answer == Ledger.Answer.STRAY) {
                    strays.incrementAndGet();
                }
                // Telegram refuses a second answer to a query, so the user sees one toast.
                return answer == Ledger.Answer.REPEATED ? ALREADY_ANSWERED : TRUE;
            }
            case "editmessagetext" -> {
                String messageId = field(body, "message_id");
                String chatId = field(body, "chat_id");
                String text = field(body, "text");
                int index = messageId == null ? -1 : (int) (Long.parseLong(messageId) - 1);
                if (!books.edited(index, chatId, text)) {
                    strays.incrementAndGet();
                }
                return WebhookResponse.typed(200, "application/json", "{\"ok\":true,\"result\":{\"message_id\":"
                        + messageId + ",\"date\":1700000300,\"edit_date\":1700000301,\"chat\":{\"id\":" + chatId
                        + ",\"type\":\"private\"},\"text\":\"" + text + "\"}}");
            }
            case "getupdates" -> {
                return updates(body);
            }
            case "deletewebhook", "setwebhook" -> {
                return TRUE;
            }
            case "getme" -> {
                return WebhookResponse.typed(200, "application/json", "{\"ok\":true,\"result\":{\"id\":123456,"
                        + "\"is_bot\":true,\"first_name\":\"Demo\",\"username\":\"demo_bot\"}}");
            }
            default -> {
                strays.incrementAndGet();
                return TRUE;
            }
        }
    }

    /** Queues press {@code index} (of the open ledger's chats) for the next {@code getUpdates}. */
    void enqueue(int index) {
        synchronized (queue) {
            queue.addLast(new long[] {nextUpdateId++, index});
            queue.notifyAll();
        }
    }

    /**
     * Forgets the updates before {@code offset} (confirmed), then waits up to {@code timeout}
     * seconds for one and lists up to {@code limit} (100).
     */
    private WebhookResponse updates(String body) {
        String offsetField = field(body, "offset");
        String timeoutField = field(body, "timeout");
        String limitField = field(body, "limit");
        long offset = offsetField == null ? 0 : Long.parseLong(offsetField);
        long timeout = timeoutField == null ? 0 : Long.parseLong(timeoutField);
        int limit = limitField == null ? 100 : Integer.parseInt(limitField);
        int chats = ledger.chats();
        StringBuilder result = new StringBuilder("{\"ok\":true,\"result\":[");
        synchronized (queue) {
            while (!queue.isEmpty() && queue.peekFirst()[0] < offset) {
                queue.removeFirst();
            }
            long until = System.nanoTime() + timeout * 1_000_000_000L;
            try {
                for (long left; queue.isEmpty() && !closed && (left = until - System.nanoTime()) > 0; ) {
                    queue.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = 0;
            for (long[] update : queue) {
                if (n == limit) {
                    break;
                }
                result.append(n++ == 0 ? "" : ",").append(E2ePresses.json((int) update[1], chats, update[0]));
            }
        }
        return WebhookResponse.typed(200, "application/json", result.append("]}").toString());
    }

    /**
     * A field of a JSON object with flat values ({@code "name":"v"} or {@code "name":123}) or of a
     * form body ({@code name=v}); null when absent.
     */
    static String field(String body, String name) {
        String quoted = "\"" + name + "\"";
        int key = body.indexOf(quoted);
        if (key >= 0) {
            int i = body.indexOf(':', key + quoted.length()) + 1;
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            if (i < body.length() && body.charAt(i) == '"') {
                int end = body.indexOf('"', i + 1);
                return end < 0 ? null : body.substring(i + 1, end);
            }
            int end = i;
            while (end < body.length() && ",} \n".indexOf(body.charAt(end)) < 0) {
                end++;
            }
            return body.substring(i, end);
        }
        String assigned = name + "=";
        int at = body.startsWith(assigned) ? 0 : body.indexOf("&" + assigned);
        if (at < 0) {
            return null;
        }
        int start = at == 0 ? assigned.length() : at + 1 + assigned.length();
        int end = body.indexOf('&', start);
        return URLDecoder.decode(end < 0 ? body.substring(start) : body.substring(start, end), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        synchronized (queue) {
            closed = true;
            queue.notifyAll();
        }
        server.close();
    }

    /**
     * The books of one phase: presses {@code from} to {@code from + count}.
     */
    static final class Ledger {
        private final int from;
        private final int count;
        private final int chats;
        private final AtomicIntegerArray answers;
        private final AtomicIntegerArray edits;
        private final AtomicIntegerArray wrong;
        private final AtomicLongArray answeredAt;
        private final AtomicReferenceArray<CompletableFuture<Void>> waiters;
        private final AtomicLong repeatedAnswers = new AtomicLong();

        Ledger(int from, int count, int chats) {
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
            /** A later one, refused as Telegram refuses it. */
            REPEATED,
            /** About no press of the phase. */
            STRAY
        }

        private Answer answered(int index, String text, long now) {
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

        /** Answer calls for presses already answered (refused with Telegram's 400). */
        long repeatedAnswers() {
            return repeatedAnswers.get();
        }

        private boolean edited(int index, String chatId, String text) {
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
    }

    /**
     * The equivalence check of a phase.
     *
     * @param presses presses sent
     * @param unanswered presses never answered
     * @param repeatedAnswers answer calls for presses already answered: refused with Telegram's 400, so
     *     the user still sees one toast; counted, not invalid (a client resends an answer whose outcome
     *     it did not learn)
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
