package cn.haztrail.feed.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event of the change feed, with who may read it. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry {

    @Id
    private long position;
    @Column(name = "enterprise_ids")
    private String enterpriseIds;
    private String regions;
    /** The item as integrators receive it, JSON. */
    private String item;

    protected FeedEntry() {
    }

    FeedEntry(long position, String enterpriseIds, String regions, String item) {
        this.position = position;
        this.enterpriseIds = enterpriseIds;
        this.regions = regions;
        this.item = item;
    }

    public long position() {
        return position;
    }

    public String item() {
        return item;
    }

    String enterpriseIds() {
        return enterpriseIds;
    }

    String regions() {
        return regions;
    }
}
