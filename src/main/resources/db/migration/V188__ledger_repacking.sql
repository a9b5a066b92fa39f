-- Ledgers through split and consolidation (R39): a repacking's loss is a line of its own carrying its reason.
alter table ledger_line add column note varchar;

