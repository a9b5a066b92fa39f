package cn.haztrail.bench;

/** One design's way of taking a batch from registration to disposal, step by step. */
public interface Lifecycle {

    String design();

    /** Runs one full life, timing every step with {@code timer}. */
    void run(StepTimer timer) throws Exception;

    /** Rows this design has written so far (events for HazTrail, table rows for CRUD). */
    long rowsWritten();
}
