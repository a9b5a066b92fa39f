-- Bulk onboarding jobs (operational data, not history): one row per uploaded file with its counts, and one row per
-- refused line of the file. The events of the imported enterprises are in the event store as for any registration.
create table enterprise_import_job (
    id           uuid                        not null,
    state        varchar(20)                 not null,
    file_name    varchar(255),
    total        integer                     not null,
    processed    integer                     not null,
    created      integer                     not null,
    updated      integer                     not null,
    unchanged    integer                     not null,
    refused      integer                     not null,
    -- The node running the job and when it last recorded a row: a job whose node died is shown INTERRUPTED.
    node_id      uuid                        not null,
    heartbeat_at timestamp(6) with time zone not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    primary key (id)
);

create table enterprise_import_refusal (
    job_id       uuid          not null,
    file_row     integer       not null,
    column_name  varchar(40),
    rule         varchar(10),
    message_code varchar(100)  not null,
    arguments    varchar(4000) not null,
    primary key (job_id, file_row)
);
