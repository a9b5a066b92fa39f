-- Issue 16: the facts follow a batch's custody from its manifests' events, not from the batch's own custody events.
-- The oversight processor's segments may handle a manifest's receipt before the batch's registration, so a fact row
-- may exist before the registration's columns are known (it counts in no figure until they are). Each group of
-- columns remembers the global position of the event that set it: the latest receipt wins (a receipt back at the
-- producer, on a return manifest, is stock again), and a disposal stands only if no later receipt superseded it.
-- Rows already in the table were applied in custody order by the old projection: no position (null) means "before
-- every event still to come", so an installation goes on without a replay. last_sequence (the batch stream's
-- sequence) no longer serves: a row now follows several streams.
alter table batch_fact alter column producer_id drop not null;
alter table batch_fact alter column waste_category drop not null;
alter table batch_fact alter column waste_code drop not null;
alter table batch_fact alter column generated_at drop not null;
alter table batch_fact alter column generated_on drop not null;
alter table batch_fact alter column declared_unit drop not null;
alter table batch_fact add column receipt_position bigint;
alter table batch_fact add column disposal_position bigint;
alter table batch_fact drop column last_sequence;
