/**
 * The neutral keyboard model: {@link dev.switchboard.core.keyboard.Keyboard}, the sealed
 * {@link dev.switchboard.core.keyboard.Button} family and their enums.
 *
 * <pre>{@code
 * Keyboard menu = Keyboard.standard()
 *     .arrange(List.of(Button.text("Catalogue"), Button.text("Cart"), Button.text("Help")), 2, 1)
 *     .placeholder("Pick one")
 *     .build();
 * }</pre>
 */
package dev.switchboard.core.keyboard;
