package cn.haztrail.registry.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an enterprise import file, one row per enterprise. A header names each column by its English name
 * or its Chinese one; the required columns must be in the header, the others may be left out of a file that has no
 * licences, permits or vehicles.
 */
public enum ImportColumn {
    CREDIT_CODE("creditCode", "统一社会信用代码", true),
    NAME("name", "单位名称", true),
    REGION_CODE("regionCode", "行政区划代码", true),
    ADDRESS("address", "地址", true),
    ROLES("roles", "角色", true),
    CONTACT_NAME("contactName", "联系人", true),
    CONTACT_PHONE("contactPhone", "联系电话", true),
    CONTACT_EMAIL("contactEmail", "电子邮箱", false),
    LICENCE_NUMBER("licenceNumber", "经营许可证编号", false),
    LICENCE_MODE("licenceMode", "经营方式", false),
    LICENCE_CAPACITY("licenceCapacityTonnes", "年经营规模吨", false),
    LICENCE_VALID_FROM("licenceValidFrom", "许可证有效期起", false),
    LICENCE_VALID_TO("licenceValidTo", "许可证有效期止", false),
    LICENCE_LINES("licenceLines", "核准经营范围", false),
    PERMIT_NUMBER("permitNumber", "道路运输许可证编号", false),
    PERMIT_VALID_FROM("permitValidFrom", "运输许可有效期起", false),
    PERMIT_VALID_TO("permitValidTo", "运输许可有效期止", false),
    VEHICLES("vehicles", "车辆", false);

    private final String header;
    private final String chineseHeader;
    private final boolean required;

    ImportColumn(String header, String chineseHeader, boolean required) {
        this.header = header;
        this.chineseHeader = chineseHeader;
        this.required = required;
    }

    /** The English name: what the template writes and what refusals name. */
    public String header() {
        return header;
    }

    public String chineseHeader() {
        return chineseHeader;
    }

    public boolean required() {
        return required;
    }

    /**
     * The column a header cell names: English names in any case; Chinese names ignoring blanks and brackets, so
     * that 年经营规模（吨） and 年经营规模(吨) both name the capacity.
     */
    static Optional<ImportColumn> named(String cell) {
        String english = cell.strip().toLowerCase(Locale.ROOT);
        String chinese = cell.replaceAll("[\\s()（）]", "");
        return Arrays.stream(values())
                .filter(c -> c.header.toLowerCase(Locale.ROOT).equals(english) || c.chineseHeader.equals(chinese))
                .findFirst();
    }
}
