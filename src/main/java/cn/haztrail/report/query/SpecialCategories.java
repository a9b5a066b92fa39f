package cn.haztrail.report.query;

import java.util.List;
import java.util.Optional;

/**
 * The wastes the plans single out for capacity (高氯、高氟、高盐、含砷、含铬), mapped to categories of the national list
 * where the list has one: arsenic HW24 (含砷废物), chromium HW21 (含铬废物), fluorine HW32 (无机氟化物废物; organic
 * fluorides fall under HW45 with the other organic halides, not separable by code). High chlorine and high salt are
 * properties of a waste, not categories: no code says a waste is high in salt or chlorine, and batches record no
 * composition figure, so they are listed as not derivable instead of being guessed.
 */
final class SpecialCategories {

    static final List<SpecialConcern> ALL = List.of(
            new SpecialConcern("HIGH_CHLORINE", "高氯", List.of(), false,
                    "一种性质而非名录类别；批次不记录氯含量，无法由数据推出"),
            new SpecialConcern("FLUORINE", "含氟", List.of("HW32"), true,
                    "HW32 无机氟化物废物（有机氟化物归入HW45，无法按代码区分）"),
            new SpecialConcern("HIGH_SALT", "高盐", List.of(), false,
                    "一种性质而非名录类别；批次不记录含盐量，无法由数据推出"),
            new SpecialConcern("ARSENIC", "含砷", List.of("HW24"), true, "HW24 含砷废物"),
            new SpecialConcern("CHROMIUM", "含铬", List.of("HW21"), true, "HW21 含铬废物"));

    private SpecialCategories() {
    }

    /** The concern a category carries, if the plans single it out. */
    static Optional<String> of(String category) {
        return ALL.stream().filter(c -> c.categories().contains(category)).map(SpecialConcern::concern).findFirst();
    }
}
