package cn.haztrail.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the list's hazard notation (its note 1) demands of a batch carrying the code (rule R06). {@code T,I}: the first
 * characteristic is certain, the others possible, so a batch must carry T. {@code T/C/I/R}: one or more of them, so a
 * batch must carry at least one. A single code such as {@code In} is certain. A batch may always add characteristics.
 *
 * @param listed    the characteristics in the order printed; the order matters, because {@code C,T} makes C certain
 * @param oneOrMore true for the {@code /} form
 */
public record HazardRequirement(List<HazardCharacteristic> listed, boolean oneOrMore) {

    public HazardRequirement {
        listed = List.copyOf(listed);
        if (listed.isEmpty() || new LinkedHashSet<>(listed).size() != listed.size()) {
            throw new IllegalArgumentException("hazard characteristics must be listed once each: " + listed);
        }
        oneOrMore = oneOrMore && listed.size() > 1;
    }

    /** Parses the notation as printed, e.g. {@code T}, {@code C,T}, {@code T/In}; mixing , and / is refused. */
    public static HazardRequirement parse(String notation) {
        if (notation == null || notation.isBlank()) {
            throw new IllegalArgumentException("empty hazard notation");
        }
        boolean slash = notation.contains("/");
        if (slash && notation.contains(",")) {
            throw new IllegalArgumentException("hazard notation mixes ',' and '/': " + notation);
        }
        List<HazardCharacteristic> listed = new ArrayList<>();
        for (String token : notation.split(slash ? "/" : ",", -1)) {
            listed.add(HazardCharacteristic.fromCode(token.trim()));
        }
        return new HazardRequirement(listed, slash);
    }

    /** The notation as the list prints it. */
    public String notation() {
        return listed.stream().map(HazardCharacteristic::code).collect(Collectors.joining(oneOrMore ? "/" : ","));
    }

    /** The characteristic every batch must carry, if the notation names one as certain. */
    public Set<HazardCharacteristic> certain() {
        return oneOrMore ? Set.of() : Set.of(listed.get(0));
    }

    /** The characteristics of which a batch must carry at least one (the {@code /} form), else empty. */
    public Set<HazardCharacteristic> oneOrMoreOf() {
        return oneOrMore ? Collections.unmodifiableSet(EnumSet.copyOf(listed)) : Set.of();
    }

    /** Every characteristic the list names for the code: what a batch form should offer first. */
    public Set<HazardCharacteristic> all() {
        return Collections.unmodifiableSet(EnumSet.copyOf(listed));
    }

    public boolean isSatisfiedBy(Set<HazardCharacteristic> declared) {
        return violations(declared).isEmpty();
    }

    /** Why {@code declared} falls short, one message per missing demand; empty when it is enough. */
    public List<String> violations(Set<HazardCharacteristic> declared) {
        if (oneOrMore) {
            return listed.stream().anyMatch(declared::contains)
                    ? List.of()
                    : List.of("must carry at least one of " + describe(listed, "/")
                            + ": the catalogue notation " + notation() + " means one or more of them");
        }
        HazardCharacteristic first = listed.get(0);
        return declared.contains(first)
                ? List.of()
                : List.of("must carry " + first.describe() + ": the catalogue notation " + notation()
                        + " makes it certain");
    }

    /** The notation in words, in Chinese for users: {@code T,I} gives 具有毒性，可能具有易燃性. */
    public String explanationZh() {
        if (oneOrMore) {
            return "具有" + listed.stream().map(HazardCharacteristic::labelZh).collect(Collectors.joining("、"))
                    + "中的一种或多种";
        }
        String certain = "具有" + listed.get(0).labelZh();
        if (listed.size() == 1) {
            return certain;
        }
        return certain + "，可能具有" + listed.subList(1, listed.size()).stream()
                .map(HazardCharacteristic::labelZh).collect(Collectors.joining("、"));
    }

    /** The notation in words, in English: {@code T,I} gives "toxicity certain; ignitability possible". */
    public String explanation() {
        if (oneOrMore) {
            return "one or more of " + listed.stream().map(HazardCharacteristic::labelEn)
                    .collect(Collectors.joining(", "));
        }
        String certain = listed.get(0).labelEn() + " certain";
        if (listed.size() == 1) {
            return certain;
        }
        return certain + "; " + listed.subList(1, listed.size()).stream().map(HazardCharacteristic::labelEn)
                .collect(Collectors.joining(", ")) + " possible";
    }

    private static String describe(List<HazardCharacteristic> characteristics, String separator) {
        return characteristics.stream().map(HazardCharacteristic::describe).collect(Collectors.joining(separator));
    }
}
