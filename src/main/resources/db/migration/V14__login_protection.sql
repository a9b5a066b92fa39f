-- Login protection of embedded-mode accounts (HTTP Basic): failed sign-ins counted per account within a window, and
-- the account locked for a period after too many. Kept in the database because every node signs in against it.
alter table account add column failed_logins integer default 0 not null;
alter table account add column failure_window_start timestamp(6) with time zone;
alter table account add column locked_until timestamp(6) with time zone;
