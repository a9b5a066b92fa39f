package cn.haztrail.shared.axon;

import java.time.Instant;

/**
 * A command that says when its fact happened in the world (a pickup at 08:10 recorded at 09:30). Commands without it
 * happen when they are recorded.
 */
public interface BusinessTimed {

    Instant businessTime();
}
