-- Issue 16: whether any correction was proposed on a manifest, so that its view reads the corrections only then
-- (most manifests have none, and every read of one asked). Kept by the manifest view from CorrectionProposed; the
-- view is never replayed, so the upgrade takes it from the corrections already in the view.
alter table manifest_view add column corrections_proposed boolean not null default false;
update manifest_view set corrections_proposed = true
    where id in (select manifest_id from manifest_correction_view);
