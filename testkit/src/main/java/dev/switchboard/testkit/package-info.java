/**
 * Test support shipped as a product: in-process fake Telegram and VK servers on a loopback
 * port that speak the wire protocol the adapters use, keep state like the real services and
 * refuse what the real services refuse, with the real error bodies.
 */
package dev.switchboard.testkit;
