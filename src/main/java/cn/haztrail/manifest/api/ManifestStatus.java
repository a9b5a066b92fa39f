package cn.haztrail.manifest.api;

/** Where a manifest stands; CANCELLED and RECEIVED are final (corrections aside). */
public enum ManifestStatus {
    DRAFT, SUBMITTED, CANCELLED, IN_TRANSIT, ARRIVED, RECEIVED
}
