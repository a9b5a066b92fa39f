-- Years' working-day calendars that administrators set (projection calendar-view, updated in the command's
-- transaction, so every node counts with a calendar from the moment it is stored). YEAR and DAY are keywords in H2.
create table holiday_calendar (
    calendar_year integer      not null,
    calendar_id   uuid         not null,
    notice        varchar(200),
    published_at  timestamp(6) with time zone not null,
    version       bigint       not null,
    primary key (calendar_year)
);

create table holiday_calendar_day (
    calendar_year integer     not null,
    calendar_date date        not null,
    kind          varchar(10) not null,
    name          varchar(50) not null,
    primary key (calendar_year, calendar_date)
);

-- Alerts for administrators: the platform's own upkeep (a year without a calendar), not custody, so not in the
-- regulators' oversight_alert. Opened by scheduled checks, closed when their cause is resolved, kept as history.
create table admin_alert (
    id        uuid          not null,
    type      varchar(30)   not null,
    subject   varchar(100)  not null,
    state     varchar(10)   not null,
    opened_at timestamp(6) with time zone not null,
    closed_at timestamp(6) with time zone,
    rule_id   varchar(10),
    detail    varchar(2000) not null,
    primary key (id)
);
create index ix_admin_alert_opened on admin_alert (opened_at);
