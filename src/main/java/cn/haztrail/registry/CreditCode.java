package cn.haztrail.registry;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
 * (no I, O, S, V, Z); characters 3-8 are the registering authority's region code; the last is a check character,
 * 31 minus the weighted sum (weights 3^i mod 31) of the first 17, modulo 31.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private CreditCode() {
    }

    /** @return why the code is not a valid credit code, or empty when it is */
    public static Optional<String> problemWith(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("must have 18 characters (GB 32100-2015)");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " is not allowed (digits and capitals except I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3 to 8 must be the region code digits");
            }
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of("check character does not match (GB 32100-2015)");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a credit code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
