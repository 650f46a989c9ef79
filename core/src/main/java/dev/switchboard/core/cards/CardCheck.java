package dev.switchboard.core.cards;

import dev.switchboard.core.validate.Issues;

/**
 * A platform rule on one card that is not a plain number (VK's check of an {@code open_link}
 * URL). {@link CardsValidator} calls it for every card after its own checks. Must not throw;
 * report through {@code issues}, whose fields are relative to the card ({@code "action.link"}
 * becomes {@code cards[2].action.link}, {@code ""} is the card itself).
 */
@FunctionalInterface
public interface CardCheck {
    /** Adds to {@code issues} what is wrong with {@code card}. */
    void check(Card card, Issues issues);
}
