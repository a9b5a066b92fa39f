-- Snapshots are proven against the hash chain from now on (R23): a snapshot carries the hash of the event it was
-- taken after and a keyed proof of its payload. Snapshots taken before have neither and are only a cache: drop them
-- (each aggregate is loaded from its events once and snapshotted again), so that a snapshot without a proof can
-- only be a forged one.
delete from snapshot_event_entry;

-- Snapshots the event store refused to load because they did not match the chain: the evidence, kept after a new
-- snapshot replaces the forged one, and reported by the integrity check as SNAPSHOT_MISMATCH.
create table discarded_snapshot (
    event_identifier     varchar(255)  not null,
    aggregate_identifier varchar(255)  not null,
    sequence_number      bigint        not null,
    type                 varchar(255)  not null,
    payload              bytea         not null,
    meta_data            bytea,
    discarded_at         timestamp(6) with time zone not null,
    detail               varchar(2000) not null,
    primary key (event_identifier)
);
create index ix_discarded_snapshot_aggregate on discarded_snapshot (aggregate_identifier);
