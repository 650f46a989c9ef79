package dev.switchboard.examples.cli;

/** A layout argument that cannot be read or parsed; the message is the stderr line (exit 2). */
final class UnusableLayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableLayoutException(String message) {
        super(message);
    }
}
