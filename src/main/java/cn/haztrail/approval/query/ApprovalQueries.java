package cn.haztrail.approval.query;

import cn.haztrail.shared.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Answers the approval endpoints from the read model; who may see which approval is the controller's call. */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

    private final ApprovalRepository approvals;

    ApprovalQueries(ApprovalRepository approvals) {
        this.approvals = approvals;
    }

    public Optional<ApprovalView> find(UUID id) {
        return approvals.findById(id).map(ApprovalView::of);
    }

    /** @param jurisdiction a 6-digit division code: a province lists approvals touching the province, and so on */
    public PageResponse<ApprovalView> inJurisdiction(String jurisdiction, int page, int size) {
        return PageResponse.of(approvals.findInRegion(regionPrefix(jurisdiction), PageRequest.of(page, size)),
                ApprovalView::of);
    }

    /** Approvals naming the enterprise as consignor or receiver. */
    public PageResponse<ApprovalView> forParty(UUID enterpriseId, int page, int size) {
        return PageResponse.of(approvals.findForParty(enterpriseId, PageRequest.of(page, size)), ApprovalView::of);
    }

    private static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
