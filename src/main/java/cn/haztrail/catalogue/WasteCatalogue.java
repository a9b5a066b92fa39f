package cn.haztrail.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The National Hazardous Waste List, every edition that ships as a reference file, held in memory. A batch names the
 * edition its code comes from, so lookups take an edition; new batches use {@link #currentEdition()}, which is
 * configuration ({@code haztrail.catalogue.current-edition}) so that switching to a new edition needs no code.
 */
public class WasteCatalogue {

    private final Map<String, Edition> editions;
    private final String currentEdition;

    /**
     * @throws IllegalStateException if {@code currentEdition} has no entries, or the data contradicts itself
     *                               (a code listed twice in an edition, a category with two names)
     */
    public WasteCatalogue(Collection<WasteCodeEntry> entries, String currentEdition) {
        Map<String, List<WasteCodeEntry>> byEdition = entries.stream().collect(Collectors.groupingBy(
                WasteCodeEntry::edition, TreeMap::new, Collectors.toList()));
        Map<String, Edition> built = new TreeMap<>();
        byEdition.forEach((edition, list) -> built.put(edition, Edition.of(edition, list)));
        if (!built.containsKey(currentEdition)) {
            throw new IllegalStateException("haztrail.catalogue.current-edition is '" + currentEdition
                    + "' but reference/waste-list/ has no file for it; editions found: " + built.keySet());
        }
        this.editions = built;
        this.currentEdition = currentEdition;
    }

    /** The edition new batches use. */
    public String currentEdition() {
        return currentEdition;
    }

    /** Every loaded edition, oldest first. */
    public List<String> editions() {
        return List.copyOf(editions.keySet());
    }

    public boolean hasEdition(String edition) {
        return editions.containsKey(edition);
    }

    /** The entry for {@code code} in {@code edition}; empty if the edition is unknown or does not list the code. */
    public Optional<WasteCodeEntry> find(String edition, WasteCode code) {
        return Optional.ofNullable(editions.get(edition)).map(e -> e.entries().get(code));
    }

    /** The entry for {@code code} in the current edition. */
    public Optional<WasteCodeEntry> current(WasteCode code) {
        return find(currentEdition, code);
    }

    /**
     * Entries of one edition in list order, optionally limited to a category and to a text that occurs
     * (case-insensitively) in the code (with or without hyphens), description, category code or name, or industry
     * source.
     *
     * @param category null for every category
     * @param text     null or blank for no text filter
     * @param page     zero-based
     * @throws IllegalArgumentException for an unknown edition, a negative page or a size below 1; a page past the
     *                                  end is empty
     */
    public WasteCodePage search(String edition, WasteCategory category, String text, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        Predicate<WasteCodeEntry> filter = e -> category == null || e.category().equals(category);
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            filter = filter.and(e -> haystack(e).contains(needle));
        }
        List<WasteCodeEntry> matches = edition(edition).entries().values().stream().filter(filter).toList();
        int from = (int) Math.min((long) page * size, matches.size());
        int to = (int) Math.min((long) from + size, matches.size());
        return new WasteCodePage(matches.subList(from, to), page, size, matches.size());
    }

    /** The categories of one edition in number order, with names and entry counts. */
    public List<CatalogueCategory> categories(String edition) {
        return edition(edition).categories();
    }

    private Edition edition(String edition) {
        Edition found = editions.get(edition);
        if (found == null) {
            throw new IllegalArgumentException("unknown catalogue edition '" + edition + "'; editions: "
                    + editions.keySet());
        }
        return found;
    }

    private static String haystack(WasteCodeEntry e) {
        return String.join("\n", e.code().value(), e.code().compact(), e.description(), e.category().code(),
                e.categoryName(), e.industrySource()).toLowerCase(Locale.ROOT);
    }

    private record Edition(Map<WasteCode, WasteCodeEntry> entries, List<CatalogueCategory> categories) {

        static Edition of(String edition, List<WasteCodeEntry> list) {
            Map<WasteCode, WasteCodeEntry> entries = new LinkedHashMap<>();
            Map<WasteCategory, String> names = new TreeMap<>(Comparator.comparingInt(WasteCategory::number));
            Map<WasteCategory, Integer> counts = new TreeMap<>(Comparator.comparingInt(WasteCategory::number));
            for (WasteCodeEntry entry : list) {
                if (entries.putIfAbsent(entry.code(), entry) != null) {
                    throw new IllegalStateException("edition " + edition + " lists " + entry.code() + " twice");
                }
                String name = names.putIfAbsent(entry.category(), entry.categoryName());
                if (name != null && !name.equals(entry.categoryName())) {
                    throw new IllegalStateException("edition " + edition + " names " + entry.category() + " both '"
                            + name + "' and '" + entry.categoryName() + "'");
                }
                counts.merge(entry.category(), 1, Integer::sum);
            }
            List<CatalogueCategory> categories = names.entrySet().stream()
                    .map(n -> new CatalogueCategory(n.getKey(), n.getValue(), counts.get(n.getKey())))
                    .toList();
            return new Edition(Collections.unmodifiableMap(entries), categories);
        }
    }
}
