package cn.haztrail.exemption.command;

import cn.haztrail.exemption.api.CheckExemption;
import cn.haztrail.exemption.api.ExemptionCover;
import cn.haztrail.exemption.api.ExemptionLookup;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Answers {@link ExemptionLookup} from {@link ExemptionCoverTable}; stores nothing. */
@Component
@Transactional(readOnly = true)
class CommandSideExemptionLookup implements ExemptionLookup {

    private final ExemptionCoverTable table;

    CommandSideExemptionLookup(ExemptionCoverTable table) {
        this.table = table;
    }

    @Override
    public Optional<ExemptionCover> covering(UUID producerId, UUID utilizerId, String wasteCode, String methodCode,
                                             LocalDate onDate) {
        if (producerId == null || utilizerId == null || wasteCode == null || methodCode == null || onDate == null) {
            return Optional.empty();
        }
        return table.findCovering(producerId, utilizerId, wasteCode.strip(), normalMethod(methodCode), onDate)
                .stream().map(CommandSideExemptionLookup::cover)
                .max(Comparator.comparing(ExemptionCover::remainingTonnes));
    }

    @Override
    public ExemptionCover check(CheckExemption question) {
        ExemptionCoverRow row = table.findById(question.exemptionId()).orElseThrow(() -> CommandRefused.notFound(
                "exemptionId", Translatable.of("refused.exemption.unknown-exemption", question.exemptionId())));
        UUID id = row.exemptionId();
        if (row.isRevoked()) {
            throw refused("exemptionId", "refused.exemption.revoked", id);
        }
        LocalDate day = question.onDate();
        if (day == null || day.isBefore(row.validFrom()) || day.isAfter(row.validTo())) {
            throw refused("onDate", "refused.exemption.not-valid-on-day", id, row.validFrom(), row.validTo(), day);
        }
        if (!row.producerId().equals(question.producerId())) {
            throw refused("producerId", "refused.exemption.other-producer", id);
        }
        if (!row.utilizerId().equals(question.utilizerId())) {
            throw refused("utilizerId", "refused.exemption.other-utilizer", id);
        }
        if (question.wasteCode() == null || !row.wasteCode().equals(question.wasteCode().strip())) {
            throw refused("wasteCode", "refused.exemption.other-code", id, row.wasteCode(), question.wasteCode());
        }
        if (question.methodCode() == null || !row.methodCode().equals(normalMethod(question.methodCode()))) {
            throw refused("methodCode", "refused.exemption.other-method", id, row.methodCode(),
                    question.methodCode());
        }
        ExemptionCover cover = cover(row);
        BigDecimal tonnes = question.tonnes();
        if (tonnes != null && tonnes.compareTo(cover.remainingTonnes()) > 0) {
            throw refused("tonnes", "refused.exemption.cap-exceeded", id, cover.remainingTonnes().toPlainString(),
                    row.quantityCapTonnes().toPlainString(), tonnes.toPlainString());
        }
        return cover;
    }

    private static CommandRefused refused(String field, String code, Object... arguments) {
        return CommandRefused.ruleViolated("R37", field, Translatable.of(code, arguments));
    }

    private static String normalMethod(String methodCode) {
        return Objects.requireNonNull(methodCode).strip().toUpperCase(Locale.ROOT);
    }

    private static ExemptionCover cover(ExemptionCoverRow row) {
        return new ExemptionCover(row.exemptionId(), row.quantityCapTonnes(), row.drawnTonnes(), row.validTo());
    }
}
