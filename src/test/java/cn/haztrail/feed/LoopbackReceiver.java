package cn.haztrail.feed;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook subscriber on 127.0.0.1 that fails its first {@code failures} requests, then accepts. */
final class LoopbackReceiver implements AutoCloseable {

    record Received(String body, String signature, String position, int answeredWith) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    LoopbackReceiver(int failures) throws IOException {
        AtomicInteger remainingFailures = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = remainingFailures.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-HazTrail-Signature"),
                    exchange.getRequestHeaders().getFirst("X-HazTrail-Position"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
