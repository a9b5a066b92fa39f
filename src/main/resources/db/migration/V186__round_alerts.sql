-- Issue 18: the collection rounds' early alert on medical waste (R46), kept by its own processor (round-alerts).
-- The rounds it follows: the carrier named on the alerts, the end of the planned day, when the vehicle set out.
create table alert_round (
    round_id   uuid                        not null,
    carrier_id uuid                        not null,
    day_end    timestamp(6) with time zone not null,
    started_at timestamp(6) with time zone,
    primary key (round_id)
);

-- Each medical stop (HW01) of a round, by the id of its alert: its 48-hour limit, when it was added, whether its wait ended (picked up, manifest cancelled,
-- round completed) and whether the alert was raised, at which time.
create table alert_round_stop (
    alert_id    uuid                        not null,
    round_id    uuid                        not null,
    manifest_id uuid                        not null,
    carrier_id  uuid                        not null,
    limit_at    timestamp(6) with time zone not null,
    day_end     timestamp(6) with time zone not null,
    started_at  timestamp(6) with time zone,
    added_at    timestamp(6) with time zone not null,
    ended       boolean                     not null,
    raised_at   timestamp(6) with time zone,
    primary key (alert_id)
);
create index ix_alert_round_stop_round on alert_round_stop (round_id);
create index ix_alert_round_stop_manifest on alert_round_stop (manifest_id);
create index ix_alert_round_stop_due on alert_round_stop (ended, limit_at);
