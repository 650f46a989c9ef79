package dev.switchboard.examples.demo;

/**
 * A scripted step of the demo did not go as scripted: the bot did not reply, a press was not
 * answered, a fake refused something it should have accepted (or accepted what it should have
 * refused). The message says which step, on which platform, and what happened instead.
 */
public final class DemoFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DemoFailedException(String message) {
        super(message);
    }

    DemoFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
