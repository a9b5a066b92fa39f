-- A finished export's file is kept in the database in chunks, so any node behind the load balancer can hand it out
-- (before, the file stayed on the node that ran the job and the others answered 404). Files of jobs finished
-- before this version lived on their node's disk only: those jobs are dropped.
create table ledger_export_chunk (
    job_id  uuid    not null,
    seq     integer not null,
    content bytea   not null,
    primary key (job_id, seq)
);

delete from ledger_export_job where state <> 'RUNNING';
alter table ledger_export_job drop column file_path;
alter table ledger_export_job add column size_bytes bigint;
