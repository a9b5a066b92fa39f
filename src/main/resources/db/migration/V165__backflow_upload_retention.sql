-- Issue 17: an import's uploaded file is kept while its job may still need it (a resumed job reads it from its first
-- uncommitted line) and deleted haztrail.backflow.keep-uploads after the job ended. The job's record, counts and
-- refused lines stay; upload_deleted_at says when the file went.
alter table backflow_job alter column content drop not null;
alter table backflow_job add column upload_deleted_at timestamp(6) with time zone;
