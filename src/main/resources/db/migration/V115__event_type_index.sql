-- Issue 16: the integrity check of a custody answer (R23) starts from the latest seal, found by its payload type
-- among the events. Without an index that lookup reads the event table backwards from its end until it meets a seal,
-- which on a large store is most of the table, at every answer.
create index ix_domain_event_payload_type on domain_event_entry (payload_type, global_index);
