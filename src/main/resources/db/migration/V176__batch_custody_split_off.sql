-- Issue 18: a part a receiver split off wholly from what a partial receipt did not accept (R40) remembers that
-- receipt's manifest and its consignor, who may take the part back on a return manifest or send it on (R18).
alter table batch_custody add column not_accepted_on uuid;
alter table batch_custody add column not_accepted_from uuid;
