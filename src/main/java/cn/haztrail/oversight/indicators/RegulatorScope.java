package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The region a regulator's figures are about (R21): by default its jurisdiction; a province, city or county asked
 * for must lie inside it ({@link RegionDirectory#contains}), else the answer is 403.
 */
@Component
public class RegulatorScope {

    private final CurrentCaller currentCaller;
    private final RegionDirectory regions;

    RegulatorScope(CurrentCaller currentCaller, RegionDirectory regions) {
        this.currentCaller = currentCaller;
        this.regions = regions;
    }

    public String region(String asked) {
        Caller caller = currentCaller.get();
        if (!caller.isRegulator() || caller.jurisdiction() == null) {
            throw new AccessDeniedException("Only regulators read the oversight figures");
        }
        String region = asked == null || asked.isBlank() ? caller.jurisdiction() : asked;
        if (!regions.contains(caller.jurisdiction(), region)) {
            throw new AccessDeniedException("Region " + region + " lies outside the jurisdiction "
                    + caller.jurisdiction());
        }
        return region;
    }
}
