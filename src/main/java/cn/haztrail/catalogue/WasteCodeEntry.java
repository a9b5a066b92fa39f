package cn.haztrail.catalogue;

import java.util.Objects;

/**
 * One row of the National Hazardous Waste List (国家危险废物名录) in one edition. The edition is part of the entry
 * because codes, wording and characteristics change between editions.
 *
 * @param industrySource the industry source (行业来源) exactly as printed, inconsistencies of the PDF included
 */
public record WasteCodeEntry(
        String edition,
        WasteCategory category,
        String categoryName,
        String industrySource,
        WasteCode code,
        String description,
        HazardRequirement hazardRequirement) {

    public WasteCodeEntry {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(industrySource, "industrySource");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hazardRequirement, "hazardRequirement");
        if (!code.category().equals(category)) {
            throw new IllegalArgumentException("code " + code + " belongs to " + code.category() + ", not " + category);
        }
    }

    /** The hazard characteristics as printed in the list, e.g. {@code T,I} or {@code T/In}. */
    public String hazardNotation() {
        return hazardRequirement.notation();
    }

    public boolean isMedical() {
        return category.isMedical();
    }
}
