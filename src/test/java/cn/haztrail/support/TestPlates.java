package cn.haztrail.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinct plates for tests that register vehicles on a shared database: a random plate of six digits collided now
 * and then with one an earlier test had registered (R02, 409).
 */
public final class TestPlates {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 1_000_000L));

    private TestPlates() {
    }

    /** A plate of the 赣Q series (no I or O on a plate) no other call in this JVM returned. */
    public static String next() {
        return "赣Q" + String.format("%06d", Math.floorMod(SERIAL.incrementAndGet(), 1_000_000));
    }
}
