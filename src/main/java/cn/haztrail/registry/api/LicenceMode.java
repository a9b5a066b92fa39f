package cn.haztrail.registry.api;

/** 经营方式 of a hazardous-waste business licence. */
public enum LicenceMode {
    /** 综合经营: storage, utilization and disposal; valid up to 5 years. */
    COMPREHENSIVE(5),
    /** 收集经营: collection and storage only, never final disposal (R05); valid up to 3 years. */
    COLLECTION(3);

    private final int maxValidityYears;

    LicenceMode(int maxValidityYears) {
        this.maxValidityYears = maxValidityYears;
    }

    public int maxValidityYears() {
        return maxValidityYears;
    }
}
