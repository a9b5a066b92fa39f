-- Seals are incremental and chained (R23). The register of seals, in chain order: a seal number and a previous seal
-- can each be taken once, so two nodes sealing at once cannot fork the chain. It is an index for listing seals and
-- taking the next one; the seal events themselves are the evidence, and the integrity check compares the two.
create table integrity_seal (
    seal_id          varchar(255) not null,
    seal_number      bigint       not null,
    previous_seal_id varchar(255),
    root             varchar(64)  not null,
    merkle_root      varchar(64)  not null,
    head_count       integer      not null,
    sealed_up_to     bigint       not null,
    global_index     bigint       not null,
    sealed_at        timestamp(6) with time zone not null,
    primary key (seal_id),
    constraint uq_integrity_seal_number unique (seal_number),
    constraint uq_integrity_seal_previous unique (previous_seal_id)
);

-- Every stream's last sealed head along the chain: what the next seal compares the store with to name only the
-- heads that changed, and what a check compares each stream with (a deleted tail, a removed stream).
create table integrity_sealed_head (
    stream_id       varchar(255) not null,
    sequence_number bigint       not null,
    hash            varchar(64),
    seal_id         varchar(255) not null,
    primary key (stream_id)
);

-- One row that a node sealing holds locked (select ... for update), so seals are taken one after the other.
create table integrity_seal_lock (
    id integer not null,
    primary key (id)
);
insert into integrity_seal_lock (id) values (1);
