-- Issue 18: collection rounds (收集批次, R42-R44). One manifest per producer is linked to a round as a stop, so
-- each producer's lines, labels, discrepancies, deadlines and signatures (R10-R17) stay its own.
create table collection_round_view (
    id               uuid                        not null,
    collector_id     uuid                        not null,
    collector_name   varchar(200)                not null,
    collector_region varchar(6)                  not null,
    carrier_id       uuid                        not null,
    vehicle_plate    varchar(20)                 not null,
    planned_day      date                        not null,
    status           varchar(16)                 not null,
    started_at       timestamp(6) with time zone,
    completed_at     timestamp(6) with time zone,
    version          bigint                      not null,
    primary key (id)
);
create index ix_collection_round_collector on collection_round_view (collector_id, planned_day);

-- The stops in the order of the trip, each one producer's manifest; the producer's region for its regulators.
create table collection_round_stop_view (
    round_id        uuid       not null,
    stop_no         int        not null,
    manifest_id     uuid       not null,
    producer_id     uuid       not null,
    producer_region varchar(6) not null,
    primary key (round_id, stop_no)
);
create index ix_collection_round_stop_producer on collection_round_stop_view (producer_id);
