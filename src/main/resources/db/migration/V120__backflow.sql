-- The provincial data backflow (issue 17). Jobs and their refused records are operational data; the file itself is
-- kept with its job so that a job resumes after a restart from the first line not yet committed.
create table backflow_job (
    id            uuid                        not null,
    state         varchar(20)                 not null,
    file_name     varchar(255),
    file_format   varchar(10)                 not null,
    source_system varchar(40)                 not null,
    content       bytea                       not null,
    account_id    varchar(100)                not null,
    account_role  varchar(40)                 not null,
    total         integer                     not null,
    -- the first line not yet committed: a resumed job starts here
    next_line     integer                     not null,
    processed     integer                     not null,
    imported      integer                     not null,
    unchanged     integer                     not null,
    corrected     integer                     not null,
    refused       integer                     not null,
    events        bigint                      not null,
    node_id       uuid                        not null,
    heartbeat_at  timestamp(6) with time zone not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    primary key (id)
);

create table backflow_refusal (
    job_id       uuid          not null,
    line_number  integer       not null,
    field_name   varchar(40),
    rule         varchar(10),
    message_code varchar(100)  not null,
    arguments    varchar(4000) not null,
    primary key (job_id, line_number)
);

-- Command-side lookup of what was imported, by source: the same record imported again changes nothing, a changed
-- one becomes a correction. Batch rows also remember where the batch stands, for the checks of later records.
create table backflow_record (
    source_system    varchar(40)  not null,
    source_record_id varchar(100) not null,
    record_type      varchar(20)  not null,
    aggregate_id     uuid         not null,
    content_hash     varchar(64)  not null,
    content          varchar(65535) not null,
    producer_id      uuid,
    holder_id        uuid,
    batch_state      varchar(20),
    primary key (source_system, source_record_id)
);
create index backflow_record_aggregate on backflow_record (aggregate_id);
