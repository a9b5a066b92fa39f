package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.List;

/** One line of a licence as the registry view keeps it (table {@code licence_line_view}). */
@Embeddable
public class LicenceLineRecord {

    private String scope;
    @Convert(converter = StringListConverter.class)
    @Column(name = "excluded_codes")
    private List<String> excludedCodes;
    @Convert(converter = StringListConverter.class)
    private List<String> methods;
    @Column(name = "annual_capacity_tonnes")
    private BigDecimal annualCapacityTonnes;

    protected LicenceLineRecord() {
    }

    LicenceLineRecord(LicenceLine line) {
        this.scope = line.scope();
        this.excludedCodes = line.excludedCodes();
        this.methods = line.methods();
        this.annualCapacityTonnes = line.annualCapacityTonnes();
    }

    LicenceLine toLine() {
        return new LicenceLine(scope, excludedCodes, methods, annualCapacityTonnes);
    }
}
