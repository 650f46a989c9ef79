package dev.switchboard.examples.cli;

/** A {@code FILE|-} argument that cannot be read or parsed; the message is the stderr line (exit 2). */
class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableInputException(String message) {
        super(message);
    }
}
