package cn.haztrail.ledger.query;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which lines of one enterprise's ledger: a register (null: the whole ledger), a period of days (both ends
 * included, either open), a waste code and a counterparty (null: any).
 */
public record LedgerFilter(UUID enterpriseId, Register register, LocalDate from, LocalDate to, String wasteCode,
                           UUID counterpartyId) {
}
