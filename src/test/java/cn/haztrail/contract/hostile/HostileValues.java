package cn.haztrail.contract.hostile;

import cn.haztrail.contract.hostile.WriteOperations.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Values that no field of the given schema may take: every generator here is invalid by construction for the field
 * it is used on, so the campaign can insist on a refusal instead of guessing whether an answer was right.
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text that is never acceptable, even in free text: it cannot be stored, printed or read back faithfully. */
    static final List<String> REFUSED_CHARACTERS = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085",
            "\ud800", "\udfff", "\ufffe", "\uffff", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069");
    /** Valid text that a code, id, number or date can still not contain. */
    private static final List<String> ODD_CHARACTERS = List.of("\u200b", "\u200d", "\ufeff", "\u0301", "\u0663",
            "\uff10", "\ud83d\ude00", "\u05d0", "\u00a0", "\u3000", "Ǆ", "ﬁ", "\u0130");
    private static final Set<String> TEXT_FORMATS = Set.of("", "email");

    private HostileValues() {
    }

    static Arbitrary<JsonNode> wrongType(Schema schema) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.objectNode(), NODES.objectNode().put("a", 1),
                NODES.arrayNode().add("x").add(1)));
        switch (schema.type()) {
            case "string" -> {
                if (schema.isEnum()) {
                    values.add(NODES.numberNode(0));
                    values.add(NODES.numberNode(1));
                }
                if (!TEXT_FORMATS.contains(schema.format())) {
                    values.add(NODES.booleanNode(true));
                }
            }
            case "number", "integer" -> {
                values.addAll(List.of(NODES.stringNode("abc"), NODES.booleanNode(true), NODES.stringNode("")));
                values.add(NODES.stringNode("12,5"));
                if ("integer".equals(schema.type())) {
                    // Strict scalars: a count is a JSON number, never its digits as a string.
                    values.addAll(List.of(NODES.stringNode("1"), NODES.stringNode("4")));
                }
            }
            case "boolean" -> values.addAll(List.of(NODES.stringNode("maybe"), NODES.stringNode("yes"),
                    NODES.stringNode("true"), NODES.stringNode("false"), NODES.numberNode(1), NODES.numberNode(0)));
            case "array" -> {
                values.remove(2);
                values.addAll(List.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.booleanNode(false)));
            }
            case "object" -> {
                values.remove(1);
                values.remove(0);
                values.addAll(List.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.booleanNode(true)));
            }
            default -> {
            }
        }
        return Arbitraries.of(values);
    }

    /** Negative, zero, too big, too precise, out of every range; a quantity or capacity is never any of these. */
    static Arbitrary<JsonNode> badNumber(Schema schema) {
        if ("integer".equals(schema.type())) {
            return Arbitraries.of(NODES.numberNode(-1), NODES.numberNode(Integer.MIN_VALUE),
                    NODES.numberNode(2147483648L), NODES.numberNode(new BigInteger("99999999999999999999999")),
                    NODES.numberNode(1.5), NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(-0.5));
        }
        return Arbitraries.of("-1", "0", "-0.001", "0.0001", "1e13", "1e400", "-1e400", "1e-400", "1E+2147483647",
                        "123456789012345678901234567890", "-123456789012345678901234567890.123456")
                .map(text -> NODES.numberNode(new BigDecimal(text)));
    }

    /** The same, written as strings (quantities accept "decimal strings"), plus what is no number at all. */
    static Arbitrary<JsonNode> badDecimalString() {
        return Arbitraries.of("-1", "0", "0.0001", "1e400", "NaN", "Infinity", "-Infinity", "0x10", "1_000",
                "１２", "12,5", " 12", "1e-400", "--1", "").map(NODES::stringNode);
    }

    /** Far longer than any field allows: 10k to 120k characters, ASCII or Chinese. */
    static Arbitrary<JsonNode> longString() {
        return Arbitraries.integers().between(10_001, 120_000).flatMap(length ->
                Arbitraries.of("x", "9", "赣", "𠀀").map(unit -> NODES.stringNode(unit.repeat(length / unit.length()))));
    }

    /**
     * Odd Unicode: into free text only characters that are refused everywhere (controls, lone surrogates, bidi
     * overrides, noncharacters); into codes, ids, numbers and dates also zero-width, combining, full-width digits,
     * emoji, right-to-left letters and look-alikes.
     */
    static Arbitrary<JsonNode> oddUnicode(Schema schema, JsonNode valid) {
        boolean freeText = "string".equals(schema.type()) && TEXT_FORMATS.contains(schema.format())
                && !schema.isEnum() && !schema.node().has("pattern");
        List<String> odd = new ArrayList<>(REFUSED_CHARACTERS);
        if (!freeText) {
            odd.addAll(ODD_CHARACTERS);
        }
        String text = valid != null && valid.isString() ? valid.asString() : valid == null ? "" : valid.toString();
        return Arbitraries.of(odd).flatMap(character -> Arbitraries.integers().between(0, text.length())
                .map(at -> NODES.stringNode(text.substring(0, at) + character + text.substring(at))));
    }

    static Arbitrary<JsonNode> badDate(Schema schema) {
        List<String> values = new ArrayList<>(List.of("0001-01-01", "1899-12-31", "1970-01-01", "9999-12-31",
                "+10000-01-01", "-0001-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "20261125", "25.11.2026",
                "2026-11-25T08:30:00+08:00", "2026/11/25", "tomorrow", "２０２６-１１-２５"));
        if ("date-time".equals(schema.format())) {
            values = new ArrayList<>(List.of("0001-01-01T00:00:00Z", "1899-12-31T23:59:59+08:00",
                    "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+1000000000-12-31T23:59:59Z",
                    "-1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2026-11-25T08:30:00",
                    "2026-11-25T08:30:00+25:00", "2026-11-25T24:30:00+08:00", "2026-11-25T08:61:00Z",
                    "2026-11-25", "2026-11-25T08:30:00+08:00[Mars/Olympus]", "now",
                    "2026-11-25T08:30:00.123456789123Z", "2026-11-25T24:00:00Z", "2026-11-24T23:59:60Z",
                    "2026-11-25T24:00:00+08:00"));
        }
        return Arbitraries.of(values).map(NODES::stringNode);
    }

    /** Well-formed-looking codes of the wrong shape (or of a shape nothing registered has), by field name. */
    static Arbitrary<JsonNode> badCode(String field) {
        List<String> values = switch (field) {
            case "wasteCode", "wasteCodes", "codes", "excludedCodes" -> List.of("900-249-8", "900-249-088",
                    "900_249_08", "９００-２４９-０８", "HW08", "999-999-99", "000-000-00", "900-249-08 ", "");
            case "creditCode" -> List.of("91360200MA35G8XK2I", "91360200MA35G8XK2", "91360200MA35G8XK2H0",
                    "91360200ma35g8xk2h", "９1360200MA35G8XK2H", "91360200MA35G8XKIH");
            case "regionCode", "region" -> List.of("36020", "3602031", "３６０２０３", "999999", "000000", "36020A",
                    "-36020", "360203\n");
            case "plate", "vehiclePlate" -> List.of("赣h12345", "AB12345", "赣H1234", "京A1234567", "赣HI2345",
                    "赣 H12345", "赣H12345 ", "Ｈ赣12345", "赣H-12345");
            case "methodCode", "plannedMethod", "methods" -> List.of("D99", "X1", "d10", "D1O", "R", "HTS9",
                    "D10; drop", "D１0");
            case "categories", "category", "scope" -> List.of("HW99", "HW8", "hw08", "HW０8", "HW-08", "HW008");
            case "scannedLabelIds", "labelId" -> List.of("91360200MA35G8XK2H900249082026112000",
                    "91360200MA35G8XK2H90024908202611200011", "91360200ma35g8xk2h9002490820261120001",
                    "91360200MA35G8XK2H9002490820261320001");
            case "phone" -> List.of("1234", "phone-number", "+86 138 0798 1234 5678 9", "１３８０７９８１２３４");
            case "email" -> List.of("not-an-email", "a@", "@b.cn", "a b@c.cn");
            case "url" -> List.of("ftp://x.example.cn/hook", "javascript:alert(1)", "http://", "//x.cn/hook",
                    "file:///etc/passwd", "h ttp://x.cn");
            case "unit" -> List.of("KG", "kgs", "lb", "g", "m³", "");
            default -> List.of();
        };
        return values.isEmpty() ? null : Arbitraries.of(values).map(NODES::stringNode);
    }
}
