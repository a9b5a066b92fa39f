package cn.haztrail.production;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as a separate process on a free loopback port, as production runs it: started with
 * arguments and environment, waited for until {@code /actuator/health} is UP, stopped with SIGTERM
 * ({@link Process#destroy()}) or killed with SIGKILL ({@link Process#destroyForcibly()} on Linux). Its output goes
 * to {@code target/it-logs/<name>.log} for diagnosis.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String name;
    private final Process process;
    private final URI base;
    private final Path log;

    private PackagedApp(String name, Process process, URI base, Path log) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the jar without waiting for it: call {@link #awaitHealthy()}. */
    static PackagedApp launch(String name, Map<String, String> environment, String... arguments) throws IOException {
        Path jar = jar();
        int port = freePort();
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(log, "%n===== %s: %s%n".formatted(Instant.now(), String.join(" ", command)),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new PackagedApp(name, builder.start(), URI.create("http://127.0.0.1:" + port), log);
    }

    PackagedApp awaitHealthy() throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during startup (code " + process.exitValue()
                        + "); its log ends:\n" + logTail());
            }
            if (healthy()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not report UP within " + STARTUP + "; its log ends:\n"
                + logTail());
    }

    boolean healthy() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    URI base() {
        return base;
    }

    String name() {
        return name;
    }

    /** The token store's owner name of this node's claims (Axon's default: the JVM's pid@host). */
    String axonOwnerPrefix() {
        return process.pid() + "@";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM: Spring shuts down gracefully and Axon releases its token claims. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL: no shutdown hook runs; claims and unfinished transactions are left as they were. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static Path jar() {
        String configured = System.getProperty("haztrail.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "haztrail-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar.toAbsolutePath()
                    + ": run these tests with ./mvnw verify (Failsafe runs them after package)");
        }
        return jar;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
