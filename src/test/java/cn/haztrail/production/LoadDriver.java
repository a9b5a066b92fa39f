package cn.haztrail.production;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Runs custody trips concurrently from a small pool of clients, each trip's steps spread over the nodes. */
final class LoadDriver {

    private LoadDriver() {
    }

    static List<CustodyTrip> run(int trips, int clients, List<URI> nodes, Parties parties, BooleanSupplier stop)
            throws Exception {
        return run(trips, clients, nodes, parties, stop, new AtomicInteger());
    }

    static List<CustodyTrip> run(int trips, int clients, List<URI> nodes, Parties parties, BooleanSupplier stop,
                                 AtomicInteger acknowledgedCommands) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<CustodyTrip>> running = new ArrayList<>();
            for (int i = 0; i < trips; i++) {
                CustodyTrip trip = new CustodyTrip(i, parties);
                running.add(pool.submit(() -> trip.run(nodes, stop, acknowledgedCommands)));
            }
            List<CustodyTrip> done = new ArrayList<>();
            for (Future<CustodyTrip> trip : running) {
                done.add(trip.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
