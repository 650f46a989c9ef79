package dev.switchboard.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CallbackDataTest {
    record Vote(int poll, boolean yes) {}

    record Note(String text) {}

    record Pair(String first, String second) {}

    record Ping() {}

    enum Color { RED, GREEN_BLUE }

    enum Shade {
        LIGHT {
            @Override
            public String toString() {
                return "light";
            }
        },
        DARK
    }

    record Everything(String text, int small, Integer boxedSmall, long big, Long boxedBig, boolean flag,
                      Boolean boxedFlag, Color color, Shade shade) {}

    record Positive(int value) {
        Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("value must be positive");
            }
        }
    }

    record When(Instant at) {}

    record Items(List<String> items) {}

    record Letter(char letter) {}

    private static final CallbackData<Vote> VOTE = CallbackData.of("vote", Vote.class);
    private static final CallbackData<Note> NOTE = CallbackData.of("n", Note.class);

    /** Like Telegram: {@code callback_data} as sent, at most 64 UTF-8 bytes. */
    private static final KeyboardRules BYTES_64 = rules(PlatformId.TELEGRAM,
            new PayloadRule(1, 64, PayloadUnit.BYTES_UTF8, UnaryOperator.identity(), EnumSet.of(ButtonKind.CALLBACK)));

    /** Like VK: the payload wrapped as {@code {"p":"…"}} JSON, at most 255 UTF-16 characters. */
    private static final KeyboardRules CHARS_255 = rules(PlatformId.VK,
            new PayloadRule(0, 255, PayloadUnit.CHARS, CallbackDataTest::wrapAsJson, EnumSet.of(ButtonKind.CALLBACK)));

    @Test
    void packsThePrefixThenComponentsInDeclarationOrder() {
        assertThat(VOTE.pack(new Vote(7, true))).isEqualTo("vote:7:y");
        assertThat(VOTE.pack(new Vote(7, false))).isEqualTo("vote:7:n");
        assertThat(VOTE.unpack("vote:7:y")).contains(new Vote(7, true));
        assertThat(VOTE.unpack("vote:7:n")).contains(new Vote(7, false));
    }

    @Test
    void roundTripsEveryComponentType() {
        CallbackData<Everything> codec = CallbackData.of("all", Everything.class);
        Everything low = new Everything("x", Integer.MIN_VALUE, -1, Long.MIN_VALUE, -42L, false, false, Color.RED,
                Shade.LIGHT);
        Everything high = new Everything("ü", Integer.MAX_VALUE, 0, Long.MAX_VALUE, 9_000_000_000L, true, true,
                Color.GREEN_BLUE, Shade.DARK);

        assertThat(codec.pack(low)).isEqualTo("all:x:-2147483648:-1:-9223372036854775808:-42:n:n:RED:LIGHT");
        assertThat(codec.pack(high)).isEqualTo("all:ü:2147483647:0:9223372036854775807:9000000000:y:y:GREEN_BLUE:DARK");
        assertThat(codec.unpack(codec.pack(low))).contains(low);
        assertThat(codec.unpack(codec.pack(high))).contains(high);
    }

    @Test
    void escapesSeparatorAndBackslashInsideStrings() {
        assertThat(NOTE.pack(new Note("a:b\\c"))).isEqualTo("n:a\\:b\\\\c");
        assertThat(NOTE.unpack("n:a\\:b\\\\c")).contains(new Note("a:b\\c"));
    }

    @Test
    void anyStringRoundTrips() {
        List<String> strings = List.of("", ":", "\\", "\\:", ":\\", "::", "\\\\", "abc\\", "\\abc", "привет: мир\\",
                "🎉:x\\🎉", "日本語", " ", "\n\t", "~s:abc", "a|b", "y", "vote:7:y", "\"{}\"");
        CallbackData<Pair> pairs = CallbackData.of("p", Pair.class);

        for (String s : strings) {
            assertThat(NOTE.unpack(NOTE.pack(new Note(s)))).as(s).contains(new Note(s));
            for (String t : strings) {
                assertThat(pairs.unpack(pairs.pack(new Pair(s, t)))).as(s + " / " + t).contains(new Pair(s, t));
            }
        }
    }

    @Test
    void emptyStringsAreFieldsOfTheirOwn() {
        CallbackData<Pair> pairs = CallbackData.of("p", Pair.class);

        assertThat(pairs.pack(new Pair("", ""))).isEqualTo("p::");
        assertThat(NOTE.pack(new Note(""))).isEqualTo("n:");
        assertThat(pairs.unpack("p::")).contains(new Pair("", ""));
        assertThat(NOTE.unpack("n")).isEmpty();
    }

    @Test
    void recordWithoutComponentsPacksToThePrefix() {
        CallbackData<Ping> ping = CallbackData.of("ping", Ping.class);

        assertThat(ping.pack(new Ping())).isEqualTo("ping");
        assertThat(ping.unpack("ping")).contains(new Ping());
        assertThat(ping.unpack("ping:")).isEmpty();
        assertThat(ping.unpack("pingpong")).isEmpty();
    }

    @Test
    void foreignPayloadsUnpackToEmpty() {
        assertThat(List.of(
                "", "vote", "vote2:1:y", "vot:1:y", "VOTE:1:y", "~s:abcdefghijkl", // another prefix or a token
                "vote:1", "vote:1:y:y", "vote:1:y:", // another field count
                "vote::y", "vote:x:y", "vote:2147483648:y", "vote:1.0:y", // not an int
                "vote:+1:y", "vote:01:y", "vote:-0:y", "vote:١:y", " vote:1:y", "vote: 1:y", // not canonical
                "vote:1:yes", "vote:1:Y", "vote:1:true", "vote:1:", // not y or n
                "vote:1:y|AbCdEfGh", // a signed payload must be verified first
                "vote\\:1:y", "vote:1\\:y" // escapes change the fields
        )).allSatisfy(payload -> assertThat(VOTE.unpack(payload)).as(payload).isEmpty());
    }

    @Test
    void malformedEscapesAndUnknownEnumNamesAreForeign() {
        CallbackData<Everything> codec = CallbackData.of("all", Everything.class);

        assertThat(NOTE.unpack("n:a\\b")).isEmpty();
        assertThat(NOTE.unpack("n:abc\\")).isEmpty();
        assertThat(NOTE.unpack("n:\\")).isEmpty();
        assertThat(codec.unpack("all:x:1:1:1:1:y:y:RED:DARK")).isPresent();
        assertThat(codec.unpack("all:x:1:1:1:1:y:y:red:DARK")).isEmpty();
        assertThat(codec.unpack("all:x:1:1:1:1:y:y:BLUE:DARK")).isEmpty();
        assertThat(codec.unpack("all:x:1:1:1:1:y:y:RED:light")).isEmpty();
        assertThat(codec.unpack("all:x:1:1:99999999999999999999:1:y:y:RED:DARK")).isEmpty();
    }

    @Test
    void valuesTheRecordRefusesAreForeign() {
        CallbackData<Positive> positive = CallbackData.of("pos", Positive.class);

        assertThat(positive.unpack("pos:5")).contains(new Positive(5));
        assertThat(positive.unpack("pos:0")).isEmpty();
        assertThat(positive.unpack("pos:-3")).isEmpty();
    }

    @Test
    void matchesComparesThePrefixSegmentExactly() {
        assertThat(VOTE.matches("vote:1:y")).isTrue();
        assertThat(VOTE.matches("vote:anything")).isTrue();
        assertThat(VOTE.matches("vote")).isTrue();
        assertThat(VOTE.matches("vote2:1:y")).isFalse();
        assertThat(VOTE.matches("vot")).isFalse();
        assertThat(VOTE.matches("xvote:1:y")).isFalse();
        assertThat(VOTE.matches("")).isFalse();
    }

    @Test
    void exposesPrefixTypeAndAReadableDescription() {
        assertThat(VOTE.prefix()).isEqualTo("vote");
        assertThat(VOTE.type()).isEqualTo(Vote.class);
        assertThat(VOTE).hasToString("CallbackData[vote: Vote(Vote.poll, Vote.yes)]");
        assertThat(VOTE.limitedTo(BYTES_64, CHARS_255))
                .hasToString("CallbackData[vote: Vote(Vote.poll, Vote.yes) limited to Telegram, VK]");
    }

    @Test
    void prefixMustBeNonEmptyWithoutSeparatorEscapeOrLeadingTilde() {
        assertThatThrownBy(() -> CallbackData.of("", Vote.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix must not be empty");
        assertThatThrownBy(() -> CallbackData.of("a:b", Vote.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix must not contain ':' or '\\': a:b");
        assertThatThrownBy(() -> CallbackData.of("a\\b", Vote.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix must not contain ':' or '\\': a\\b");
        assertThatThrownBy(() -> CallbackData.of("~s", Vote.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix must not start with '~' (reserved for stored-payload tokens): ~s");
        assertThatThrownBy(() -> CallbackData.of(null, Vote.class)).isInstanceOf(NullPointerException.class)
                .hasMessage("prefix");
        assertThatThrownBy(() -> CallbackData.of("v", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");

        assertThat(CallbackData.of("v~", Vote.class).pack(new Vote(1, true))).isEqualTo("v~:1:y");
        assertThat(CallbackData.of("голос", Vote.class).pack(new Vote(1, true))).isEqualTo("голос:1:y");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void unsupportedComponentTypesFailWhenTheCodecIsMade() {
        assertThatThrownBy(() -> CallbackData.of("w", When.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("When.at has unsupported type java.time.Instant; "
                        + "supported: String, int, long, boolean (or their boxes) and enums");
        assertThatThrownBy(() -> CallbackData.of("i", Items.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Items.items has unsupported type java.util.List");
        assertThatThrownBy(() -> CallbackData.of("l", Letter.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Letter.letter has unsupported type char");
        assertThatThrownBy(() -> CallbackData.of("r", (Class) Record.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a record class: java.lang.Record");
    }

    @Test
    void nullComponentsCannotBePacked() {
        assertThatThrownBy(() -> NOTE.pack(new Note(null))).isInstanceOf(NullPointerException.class)
                .hasMessage("Note.text is null; CallbackData cannot pack null");
        assertThatThrownBy(() -> NOTE.pack(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> NOTE.unpack(null)).isInstanceOf(NullPointerException.class).hasMessage("payload");
    }

    @Test
    void byteLimitCountsUtf8BytesOfNonAsciiValues() {
        CallbackData<Note> limited = NOTE.limitedTo(BYTES_64);
        String atLimit = "я".repeat(31); // "n:" + 62 bytes

        assertThat(limited.pack(new Note(atLimit))).isEqualTo("n:" + atLimit);
        assertThat(limited.pack(new Note("🎉".repeat(15) + "ab"))).hasSize(34); // 2 + 60 + 2 bytes

        PayloadTooLongException e = catchThrowableOfType(() -> limited.pack(new Note(atLimit + "a")),
                PayloadTooLongException.class);
        assertThat(e.platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(e.size()).isEqualTo(65);
        assertThat(e.limit()).isEqualTo(64);
        assertThat(e.unit()).isEqualTo(PayloadUnit.BYTES_UTF8);
        assertThat(e.payload()).isEqualTo("n:" + atLimit + "a");
        assertThat(e).hasMessage("Telegram payload is 65 bytes, over the limit of 64: \"n:" + atLimit + "a\"");
    }

    @Test
    void escapesCountTowardTheLimit() {
        CallbackData<Note> limited = NOTE.limitedTo(BYTES_64);
        String atLimit = "я".repeat(30) + ":"; // "n:" + 60 bytes + "\:"

        assertThat(limited.pack(new Note(atLimit))).isEqualTo("n:" + "я".repeat(30) + "\\:");
        assertThatThrownBy(() -> limited.pack(new Note(atLimit + "\\")))
                .isInstanceOfSatisfying(PayloadTooLongException.class, e -> assertThat(e.size()).isEqualTo(66));
    }

    @Test
    void charLimitCountsCharactersOfTheEncodedPayload() {
        CallbackData<Note> limited = NOTE.limitedTo(CHARS_255);
        String atLimit = "я".repeat(245); // {"p":"n:…"} is 8 + 2 + 245 characters, though 498 UTF-8 bytes

        assertThat(limited.pack(new Note(atLimit))).isEqualTo("n:" + atLimit);

        PayloadTooLongException e = catchThrowableOfType(() -> limited.pack(new Note(atLimit + "я")),
                PayloadTooLongException.class);
        assertThat(e.platform()).isEqualTo(PlatformId.VK);
        assertThat(e.size()).isEqualTo(256);
        assertThat(e.limit()).isEqualTo(255);
        assertThat(e.unit()).isEqualTo(PayloadUnit.CHARS);
        assertThat(e).hasMessage("VK payload is 256 characters, over the limit of 255: \"n:" + "я".repeat(38) + "…\"");
    }

    @Test
    void charLimitCountsJsonEscapesAndSurrogatePairs() {
        CallbackData<Note> limited = NOTE.limitedTo(CHARS_255);
        String withBackslash = "я".repeat(241) + "\\"; // packed "\\", then "\\\\" in JSON: 8 + 2 + 241 + 4
        String withEmoji = "я".repeat(243) + "🎉"; // an emoji is 2 UTF-16 characters: 8 + 2 + 243 + 2

        assertThat(limited.pack(new Note(withBackslash))).endsWith("я\\\\");
        assertThat(limited.pack(new Note(withEmoji))).endsWith("я🎉");
        assertThatThrownBy(() -> limited.pack(new Note("я" + withBackslash)))
                .isInstanceOfSatisfying(PayloadTooLongException.class, e -> assertThat(e.size()).isEqualTo(256));
        assertThatThrownBy(() -> limited.pack(new Note("\"" + withEmoji))) // a quote is 2 characters in JSON
                .isInstanceOfSatisfying(PayloadTooLongException.class, e -> assertThat(e.size()).isEqualTo(257));
    }

    @Test
    void reportsTheFirstPlatformInOrderWhoseLimitIsExceeded() {
        String cyrillic = "я".repeat(32); // 66 bytes but only 42 characters as JSON

        assertThatThrownBy(() -> NOTE.limitedTo(CHARS_255, BYTES_64).pack(new Note(cyrillic)))
                .isInstanceOfSatisfying(PayloadTooLongException.class,
                        e -> assertThat(e.platform()).isEqualTo(PlatformId.TELEGRAM));
        assertThatThrownBy(() -> NOTE.limitedTo(CHARS_255, BYTES_64).pack(new Note("я".repeat(300))))
                .isInstanceOfSatisfying(PayloadTooLongException.class,
                        e -> assertThat(e.platform()).isEqualTo(PlatformId.VK));
        assertThat(NOTE.limitedTo(BYTES_64).limitedTo().pack(new Note(cyrillic))).isEqualTo("n:" + cyrillic);
    }

    @Test
    void limitsApplyToPackingOnlySoStoredLongPayloadsStillUnpack() {
        String longText = "я".repeat(100);

        assertThat(NOTE.limitedTo(BYTES_64).unpack("n:" + longText)).contains(new Note(longText));
    }

    private static String wrapAsJson(String payload) {
        return "{\"p\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(payload)) + "\"}";
    }

    private static KeyboardRules rules(PlatformId platform, PayloadRule payload) {
        return KeyboardRules.builder(platform)
                .keyboard(KeyboardType.INLINE, Shape.of(8, 100), EnumSet.of(ButtonKind.CALLBACK))
                .keyboard(KeyboardType.STANDARD, Shape.of(8, 100), EnumSet.of(ButtonKind.TEXT))
                .options(KeyboardType.INLINE, Map.of())
                .options(KeyboardType.STANDARD, Map.of())
                .payload(payload)
                .build();
    }
}
