package cn.haztrail.bench;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes sure the store holds {@code -Dbench.events} events (1,000,000) with the projections caught up, whichever
 * benchmark runs first: a few real lifecycles as templates if none ran yet, then copies of their streams.
 */
final class StoredEvents {

    static long target() {
        return Long.getLong("bench.events", 1_000_000L);
    }

    /** @return seconds the projections took to rebuild per projection, or null if nothing had to be added */
    static java.util.Map<String, Double> ensure(ApplicationContext context, Projections projections,
                                                EventCloner cloner) throws Exception {
        if (cloner.head() >= target()) {
            projections.awaitCaughtUp(cloner.head());
            return null;
        }
        if (context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from manifest_view where status = 'RECEIVED'", Long.class) < 50) {
            LifecycleRun.of(new HazTrailLifecycle(context, new SignedIn(context.getBean(UserDetailsService.class))),
                    4, 40);
        }
        projections.stopAll();
        awaitQuiet(cloner);
        long start = System.nanoTime();
        long added = cloner.fillTo(target());
        System.out.printf("Copied %,d events in %.1f s (JDBC batch inserts)%n", added, (System.nanoTime() - start) / 1e9);
        System.out.printf("The other streaming processors handled the copies in %.1f s more%n",
                projections.awaitOthersCaughtUp(cloner.head()));
        return projections.replay(cloner.head());
    }

    /**
     * The lifecycles' processes (receipt admissions and draws) still append events for a moment after the last
     * lifecycle: the copies take positions after the head, so the store must have stopped growing first.
     */
    private static void awaitQuiet(EventCloner cloner) throws InterruptedException {
        long head = cloner.head();
        while (true) {
            Thread.sleep(3_000);
            long now = cloner.head();
            if (now == head) {
                return;
            }
            head = now;
        }
    }

    private StoredEvents() {
    }
}
