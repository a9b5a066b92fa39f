package cn.haztrail.feed.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook subscriber on 127.0.0.1 only: {@code /hook} answers a fixed status (a 3xx points at {@code /elsewhere}),
 * {@code /elsewhere} answers 204; it records the path of every request that reaches it.
 */
final class HookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    HookReceiver(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            paths.add(path);
            boolean hook = path.equals("/hook");
            if (hook && status / 100 == 3) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/elsewhere");
            }
            exchange.sendResponseHeaders(hook ? status : 204, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
