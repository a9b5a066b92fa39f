-- Issue 16: one row that a node locks (select ... for update) before it makes a streaming processor's first tokens,
-- so that two nodes starting at once on an empty database do not both insert them (the second insert would hit
-- token_entry's primary key and fail that node's start). See SerializedTokenInitialization.
create table token_initialization_lock (
    id integer not null,
    primary key (id)
);
insert into token_initialization_lock (id) values (1);
