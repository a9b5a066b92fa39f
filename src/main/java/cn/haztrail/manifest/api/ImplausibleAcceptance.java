package cn.haztrail.manifest.api;

import java.math.BigDecimal;

/**
 * R27: an accepted mass more than {@value #FACTOR} times the declared one is more often a typing error (t for kg)
 * than a weighing. Shared by the native receipt and the import of provincial records, which must refuse the same.
 */
public final class ImplausibleAcceptance {

    public static final int FACTOR = 10;

    private ImplausibleAcceptance() {
    }

    public static boolean of(BigDecimal acceptedTonnes, BigDecimal declaredTonnes) {
        return acceptedTonnes.compareTo(declaredTonnes.multiply(BigDecimal.valueOf(FACTOR))) > 0;
    }
}
