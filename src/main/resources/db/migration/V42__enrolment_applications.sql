-- Self-registration: an enterprise applies, the regulator of its region (or an administrator) approves or refuses.
-- What the applicant keeps secret stays out of events: the tracking token (only its SHA-256 hash) and the username
-- its first manager wants; the manager's account once the application is approved (embedded login only).
create table enrolment_applicant (
    application_id      uuid        not null,
    tracking_token_hash varchar(64) not null,
    manager_username    varchar(64) not null,
    manager_account_id  varchar(36),
    primary key (application_id)
);

-- Command-side uniqueness: one PENDING application per credit code, kept with the events that open and close it.
create table enrolment_pending_code (
    credit_code    varchar(18) not null,
    application_id uuid        not null,
    primary key (credit_code)
);

-- Applications as regulators and applicants read them.
create table enrolment_application_view (
    id            uuid         not null,
    credit_code   varchar(18)  not null,
    name          varchar(200) not null,
    region_code   varchar(6)   not null,
    roles         varchar(100) not null,
    state         varchar(20)  not null,
    submitted_at  timestamp(6) with time zone not null,
    decided_at    timestamp(6) with time zone,
    decided_by    varchar(64),
    reason        varchar(500),
    enterprise_id uuid,
    version       bigint       not null,
    primary key (id)
);
create index ix_enrolment_view_region on enrolment_application_view (region_code, state);

-- Accepted applications per client address, for the throttle of the public endpoint; old rows are forgotten.
create table enrolment_submission (
    client_address varchar(64)                 not null,
    submitted_at   timestamp(6) with time zone not null
);
create index ix_enrolment_submission_address on enrolment_submission (client_address, submitted_at);
