package dev.switchboard.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GlyphsTest {
    @Test
    void unicodeWhereTheOutputCanEncodeBoxDrawingAsciiOtherwise() {
        assertThat(Glyphs.forCharset(StandardCharsets.UTF_8)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.forCharset(StandardCharsets.UTF_16)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.forCharset(StandardCharsets.US_ASCII)).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.forCharset(StandardCharsets.ISO_8859_1)).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.forCharset(Charset.forName("windows-1251"))).isEqualTo(Glyphs.ASCII);
    }

    @Test
    void asciiTransliteratesKnownSymbolsAndReplacesTheRestWithAQuestionMark() {
        assertThat(Glyphs.ASCII.text("◀ Back · next ▶ → done…")).isEqualTo("< Back - next > -> done...");
        assertThat(Glyphs.ASCII.text("Привет 🛒")).isEqualTo("?????? ?");
        assertThat(Glyphs.ASCII.text("e\u0301")).isEqualTo("e");
        assertThat(Glyphs.ASCII.text("‹ › « Back ⌂ Home")).isEqualTo("< > << Back ^ Home");
    }

    @Test
    void unicodeLeavesTextAlone() {
        assertThat(Glyphs.UNICODE.text("◀ Привет 🛒")).isEqualTo("◀ Привет 🛒");
    }
}
