package dev.switchboard.core.bot;

/**
 * How a platform API call ended, as reported to {@link SwitchboardListener#apiCalled}: after its
 * retries, so a call that succeeded on a second attempt is {@link #SUCCESS}.
 */
public enum ApiCallOutcome {
    /** The platform accepted the call. */
    SUCCESS,
    /**
     * The platform answered with an error that is not about the request rate: an HTTP 4xx or 5xx
     * with the API's error body, or a VK error code.
     */
    API_ERROR,
    /**
     * Too many requests: the platform's last answer was a Telegram 429 or VK error 6 or 9, or the
     * bot's sends were halted by such an answer.
     */
    RATE_LIMITED,
    /**
     * No answer could be had, or it could not be read: an I/O failure, a timeout, or a page that is
     * not the API's answer.
     */
    TRANSPORT_ERROR,
    /** The call was interrupted or cancelled (the bot stopping). */
    CANCELLED
}
