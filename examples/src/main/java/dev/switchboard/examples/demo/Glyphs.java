package dev.switchboard.examples.demo;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * The characters the demo draws with: Unicode box drawing and marks, or plain ASCII
 * ({@code +-|}) for an output that cannot encode them. In ASCII, every other text (labels, bot
 * messages) is transliterated too: the menus' arrows become {@code <} and {@code >}, other
 * characters outside ASCII {@code ?}.
 */
public enum Glyphs {
    /** Box drawing ({@code ┌─┐│└┘}) and marks ({@code → ✓ ✗}). */
    UNICODE("┌", "┐", "└", "┘", "─", "│", "→", "✓", "✗", "↗", "›", "·"),
    /** {@code +-|} and {@code -> v x ^}. */
    ASCII("+", "+", "+", "+", "-", "|", "->", "v", "x", "^", ">", "-");

    private static final Map<Integer, String> TO_ASCII = Map.ofEntries(
            Map.entry((int) '◀', "<"), Map.entry((int) '▶', ">"), Map.entry((int) '→', "->"),
            Map.entry((int) '←', "<-"), Map.entry((int) '…', "..."), Map.entry((int) '—', "-"),
            Map.entry((int) '–', "-"), Map.entry((int) '“', "\""), Map.entry((int) '”', "\""),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '·', "-"),
            Map.entry((int) '✓', "v"), Map.entry((int) '✗', "x"), Map.entry((int) '×', "x"),
            Map.entry((int) '›', ">"), Map.entry((int) '‹', "<"), Map.entry((int) '«', "<<"),
            Map.entry((int) '⌂', "^"));

    final String topLeft;
    final String topRight;
    final String bottomLeft;
    final String bottomRight;
    final String horizontal;
    final String vertical;
    final String arrow;
    final String ok;
    final String failed;
    final String link;
    final String says;
    final String note;

    Glyphs(String topLeft, String topRight, String bottomLeft, String bottomRight, String horizontal,
           String vertical, String arrow, String ok, String failed, String link, String says, String note) {
        this.topLeft = topLeft;
        this.topRight = topRight;
        this.bottomLeft = bottomLeft;
        this.bottomRight = bottomRight;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.arrow = arrow;
        this.ok = ok;
        this.failed = failed;
        this.link = link;
        this.says = says;
        this.note = note;
    }

    /**
     * {@link #UNICODE} when {@code charset} can encode every Unicode glyph and the catalogue's
     * arrows, else {@link #ASCII}.
     */
    public static Glyphs forCharset(Charset charset) {
        StringBuilder all = new StringBuilder("◀▶‹«⌂");
        Glyphs u = UNICODE;
        for (String glyph : new String[] {u.topLeft, u.topRight, u.bottomLeft, u.bottomRight, u.horizontal,
                u.vertical, u.arrow, u.ok, u.failed, u.link, u.says, u.note}) {
            all.append(glyph);
        }
        return charset.canEncode() && charset.newEncoder().canEncode(all) ? UNICODE : ASCII;
    }

    /** {@code text} as this style prints it: unchanged in Unicode, transliterated to ASCII otherwise. */
    public String text(String text) {
        if (this == UNICODE) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint < 0x80) {
                ascii.appendCodePoint(codePoint);
            } else if (DisplayWidth.of(codePoint) > 0) {
                ascii.append(TO_ASCII.getOrDefault(codePoint, "?"));
            }
        });
        return ascii.toString();
    }
}
