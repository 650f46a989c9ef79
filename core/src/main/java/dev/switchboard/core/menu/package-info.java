/**
 * Menus written once that fit every platform: a list of items a page at a time, with navigation,
 * item screens and safe handling of presses on a menu that has changed. The entry is
 * {@link dev.switchboard.core.menu.Menu}.
 */
package dev.switchboard.core.menu;
