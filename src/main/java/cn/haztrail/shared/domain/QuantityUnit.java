package cn.haztrail.shared.domain;

/** Units a quantity of waste is declared in; only mass units convert to tonnes for licences and indicators. */
public enum QuantityUnit {
    KG("kg"), T("t"), L("L"), M3("m3");

    private final String symbol;

    QuantityUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static QuantityUnit ofSymbol(String symbol) {
        for (QuantityUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unit must be one of kg, t, L, m3");
    }
}
