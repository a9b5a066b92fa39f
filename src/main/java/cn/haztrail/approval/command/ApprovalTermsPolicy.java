package cn.haztrail.approval.command;

import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Checks the terms of a cross-province approval before it is recorded (R14): a positive cap, a window of at most
 * 12 months, codes of the current catalogue, a known method, and parties in two different provinces. Whether the
 * receiver's licence covers the terms is the registry's question, asked by {@link ApprovalRecording}.
 */
@Component
public class ApprovalTermsPolicy {

    static final int MAX_VALIDITY_MONTHS = 12;

    private final WasteCatalogue wasteCatalogue;
    private final MethodCatalogue methodCatalogue;
    private final PartyRegions regions;

    public ApprovalTermsPolicy(WasteCatalogue wasteCatalogue, MethodCatalogue methodCatalogue, PartyRegions regions) {
        this.wasteCatalogue = wasteCatalogue;
        this.methodCatalogue = methodCatalogue;
        this.regions = regions;
    }

    /** @return the approval's terms in canonical form: codes sorted and distinct, the method as catalogued */
    public RecordApproval check(RecordApproval command) {
        BigDecimal cap = command.quantityCapTonnes();
        if (cap == null || cap.signum() <= 0) {
            throw CommandRefused.ruleViolated("R14", "quantityCapTonnes",
                    Translatable.of("refused.approval.cap-not-positive"));
        }
        checkWindow(command);
        List<String> codes = checkCodes(command.wasteCodes());
        MethodCode method = methodCatalogue.find(command.methodCode()).orElseThrow(() -> CommandRefused.ruleViolated(
                "R14", "methodCode", Translatable.of("refused.approval.unknown-method", command.methodCode())));
        checkProvinces(command.consignorId(), command.receiverId());
        return new RecordApproval(command.approvalId(), command.number().strip(), command.consignorId(),
                command.receiverId(), codes, method.code(), cap, command.validFrom(), command.validTo(), command.approvedAt());
    }

    private static void checkWindow(RecordApproval command) {
        if (command.validFrom() == null) {
            throw CommandRefused.ruleViolated("R14", "validFrom", Translatable.of("refused.approval.no-valid-from"));
        }
        if (command.validTo() == null || !command.validTo().isAfter(command.validFrom())) {
            throw CommandRefused.ruleViolated("R14", "validTo", Translatable.of("refused.approval.ends-before-start"));
        }
        if (command.validTo().isAfter(command.validFrom().plusMonths(MAX_VALIDITY_MONTHS))) {
            throw CommandRefused.ruleViolated("R14", "validTo",
                    Translatable.of("refused.approval.too-long", MAX_VALIDITY_MONTHS,
                            command.validFrom(), command.validFrom().plusMonths(MAX_VALIDITY_MONTHS)));
        }
    }

    private List<String> checkCodes(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw CommandRefused.ruleViolated("R14", "wasteCodes", Translatable.of("refused.approval.no-waste-code"));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!isListed(codes.get(i))) {
                throw CommandRefused.ruleViolated("R14", "wasteCodes[" + i + "]",
                        Translatable.of("refused.approval.code-not-in-edition",
                                codes.get(i), wasteCatalogue.currentEdition()));
            }
        }
        return codes.stream().distinct().sorted().toList();
    }

    private boolean isListed(String code) {
        try {
            return wasteCatalogue.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void checkProvinces(UUID consignorId, UUID receiverId) {
        String from = provinceOf(consignorId, "consignorId");
        String to = provinceOf(receiverId, "receiverId");
        if (from.equals(to)) {
            throw CommandRefused.ruleViolated("R14", "receiverId",
                    Translatable.of("refused.approval.same-province", from));
        }
    }

    private String provinceOf(UUID enterpriseId, String field) {
        if (enterpriseId == null) {
            throw CommandRefused.ruleViolated("R14", field, Translatable.of("refused.approval.no-enterprise"));
        }
        return regions.provinceOf(enterpriseId)
                .orElseThrow(() -> CommandRefused.notFound(field,
                        Translatable.of("refused.approval.unknown-enterprise", enterpriseId)));
    }
}
