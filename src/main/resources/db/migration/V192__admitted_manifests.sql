-- Issue 16: the manifests each receiver has admitted (R04), in a table of the command side kept by the subscribing
-- group admitted-manifests in the admitting command's own transaction, instead of in the Enterprise's fields: its
-- snapshot held every manifest admitted in two licence years, and each receipt at a large facility read them all
-- back. The manifests admitted before are copied in from the stored events by V193 (a Java migration).
create table admitted_manifest (
    receiver_id uuid not null,
    manifest_id uuid not null,
    primary key (receiver_id, manifest_id)
);
