package cn.haztrail.support;

import cn.haztrail.registry.CreditCode;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct unified social credit codes for tests (GB 32100 check character computed). */
public final class TestCreditCodes {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000_000L));

    private TestCreditCodes() {
    }

    /** A fresh valid code registered in the given 6-digit region. */
    public static String next(String region) {
        String first17 = "91" + region + String.format("%09d", Math.floorMod(SERIAL.incrementAndGet(), 1_000_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheckCharacter(String valid) {
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
