/**
 * Cards: a message text with a row of cards (title, description, photo, up to three buttons),
 * sent as a VK carousel where the user's app shows one, and as text with an inline keyboard
 * elsewhere. {@link dev.switchboard.core.cards.Cards} is the value, {@link dev.switchboard.core.cards.CardRules}
 * a platform's limits, {@link dev.switchboard.core.cards.CardsValidator} the check and
 * {@link dev.switchboard.core.cards.CardsFallback} the layout for apps without carousels.
 */
package dev.switchboard.core.cards;
