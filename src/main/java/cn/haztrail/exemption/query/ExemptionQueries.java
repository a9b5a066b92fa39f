package cn.haztrail.exemption.query;

import cn.haztrail.shared.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Answers the exemption endpoints from the read model; who may see which exemption is the controller's call. */
@Service
@Transactional(readOnly = true)
public class ExemptionQueries {

    private final ExemptionRepository exemptions;
    private final ExemptionDrawRepository draws;

    ExemptionQueries(ExemptionRepository exemptions, ExemptionDrawRepository draws) {
        this.exemptions = exemptions;
        this.draws = draws;
    }

    /** One exemption with its draws. */
    public Optional<ExemptionView> find(UUID id) {
        return exemptions.findById(id).map(record -> ExemptionView.of(record,
                draws.findByExemptionIdOrderBySeq(id).stream().map(ExemptionDrawEntry::view).toList()));
    }

    /** @param jurisdiction a 6-digit division code: a province lists exemptions touching the province, and so on */
    public PageResponse<ExemptionView> inJurisdiction(String jurisdiction, int page, int size) {
        return PageResponse.of(exemptions.findInRegion(regionPrefix(jurisdiction), PageRequest.of(page, size)),
                record -> ExemptionView.of(record, null));
    }

    /** Exemptions naming the enterprise as producer or utilizer. */
    public PageResponse<ExemptionView> forParty(UUID enterpriseId, int page, int size) {
        return PageResponse.of(exemptions.findForParty(enterpriseId, PageRequest.of(page, size)),
                record -> ExemptionView.of(record, null));
    }

    private static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
