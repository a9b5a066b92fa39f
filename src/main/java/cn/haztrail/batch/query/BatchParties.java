package cn.haztrail.batch.query;

import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The parties of a batch as the live views record them ({@link BatchPartyRecord}). Written with plain SQL: a new party
 * is one insert, where saving the entity read the row first to find out whether it existed (issue 16: statements per
 * step). A party recorded again keeps its row with the region it now has, as the entity's save did.
 */
@Component
class BatchParties {

    private final JdbcTemplate jdbc;

    BatchParties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID batchId, UUID partyId, Relation relation, String regionCode) {
        int inserted = jdbc.update("insert into batch_party (batch_id, party_id, relation, region_code) "
                + "values (?, ?, ?, ?) on conflict do nothing", batchId, partyId, relation.name(), regionCode);
        if (inserted == 0) {
            jdbc.update("update batch_party set region_code = ? where batch_id = ? and party_id = ? and relation = ?",
                    regionCode, batchId, partyId, relation.name());
        }
    }

    /** Every carrier a manifest names becomes a party to each of its batches (R21), in one statement. */
    void addNamedCarriersOf(UUID manifestId) {
        jdbc.update("insert into batch_party (batch_id, party_id, relation, region_code) "
                + "select batch_id, carrier_id, ?, null from batch_named_carrier where manifest_id = ? "
                + "on conflict do nothing", Relation.NAMED_CARRIER.name(), manifestId);
    }

    void remove(UUID batchId, UUID partyId, Relation relation) {
        jdbc.update("delete from batch_party where batch_id = ? and party_id = ? and relation = ?",
                batchId, partyId, relation.name());
    }
}
