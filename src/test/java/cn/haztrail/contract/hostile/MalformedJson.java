package cn.haztrail.contract.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Bodies that are not JSON, or not one JSON object of the expected shape, made from a valid body's text. Not here:
 * a UTF-8 byte order mark and UTF-16, which JSON parsers may accept (RFC 8259, section 8.1).
 */
final class MalformedJson {

    private MalformedJson() {
    }

    static Arbitrary<byte[]> of(ObjectNode valid) {
        String text = new String(HostileRequests.write(valid), StandardCharsets.UTF_8);
        Map.Entry<String, ?> first = valid.properties().iterator().next();
        String firstPair = "\"" + first.getKey() + "\":" + valid.get(first.getKey()).toString();
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, text.length() - 1).map(end -> utf8(text.substring(0, end))),
                Arbitraries.of("x", "}", ",", " {}", "]", "\u0000", " null").map(tail -> utf8(text + tail)),
                Arbitraries.of(
                        utf8(text.replace('"', '\'')),
                        utf8("/* comment */" + text),
                        utf8(text.replaceFirst("\\{", "{ // comment\n")),
                        utf8("{" + firstPair + "," + text.substring(1)),
                        utf8(text.substring(0, text.length() - 1) + ",\"n\":NaN}"),
                        utf8(text.substring(0, text.length() - 1) + ",}"),
                        utf8(text.replaceFirst(":", ": 0012, \"x\":")),
                        utf8(text.replaceFirst(":", ":" + "9".repeat(5_000) + ",\"x\":")),
                        utf8("[" + text + "]"),
                        utf8("[" + "[".repeat(3_000) + "]".repeat(3_000) + "]"),
                        utf8("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)),
                        utf8(""), utf8(" "), utf8("null"), utf8("[]"), utf8("\"text\""), utf8("42"), utf8("true"),
                        utf8(text.replace("\"", "\\\"")),
                        utf8(text.replaceFirst("\":\"", "\":\"\u0001")),
                        withBytes(text, new byte[]{(byte) 0xC3, (byte) 0x28}),
                        withBytes(text, new byte[]{(byte) 0xFF, (byte) 0xFE}),
                        withBytes(text, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
    }

    /** Invalid UTF-8 inside the first string value. */
    private static byte[] withBytes(String text, byte[] invalid) {
        int at = text.indexOf("\":\"");
        if (at < 0) {
            at = 0;
        }
        byte[] head = utf8(text.substring(0, at + 3));
        byte[] tail = utf8(text.substring(at + 3));
        var out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(invalid);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
