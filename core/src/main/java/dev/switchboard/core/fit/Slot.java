package dev.switchboard.core.fit;

import dev.switchboard.core.keyboard.Button;

/**
 * A button placed by the fitter, with the path it had in what the caller gave
 * ({@code rows[2][1]}, {@code items[7]}, {@code fixed[0][1]}), so a problem found on the fitted
 * keyboard is reported where the caller can find it.
 */
record Slot(Button button, String origin) {
}
