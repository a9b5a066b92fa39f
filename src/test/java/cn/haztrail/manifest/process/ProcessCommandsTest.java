package cn.haztrail.manifest.process;

import cn.haztrail.shared.imports.ChunkTurns;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The custody processes confirm an import's receipts while its next chunk runs; appended inside the chunk's window,
 * their events would leave each of the chunk's positions as a gap in every streaming processor's token.
 */
class ProcessCommandsTest {

    private final List<String> happened = new CopyOnWriteArrayList<>();
    private final ChunkTurns turns = new ChunkTurns();
    private final ExecutorService importer = Executors.newSingleThreadExecutor();
    private final ExecutorService process = Executors.newSingleThreadExecutor();
    private final ProcessCommands commands = new ProcessCommands(gateway(), turns);

    @AfterEach
    void stop() {
        importer.shutdownNow();
        process.shutdownNow();
        commands.stop();
    }

    private CommandGateway gateway() {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any())).thenAnswer(call -> happened.add("command " + call.getArgument(0)));
        return gateway;
    }

    @Test
    void a_process_command_waits_until_the_import_chunk_under_way_has_committed() throws Exception {
        CountDownLatch chunkRunning = new CountDownLatch(1);
        Future<?> chunk = importer.submit(() -> turns.chunk(() -> {
            chunkRunning.countDown();
            awaitCommandWaiting();
            happened.add("chunk committed");
            return null;
        }));
        assertThat(chunkRunning.await(60, TimeUnit.SECONDS)).isTrue();

        Future<?> sent = process.submit(() -> commands.send("confirm admission"));

        sent.get(60, TimeUnit.SECONDS);
        chunk.get(60, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("chunk committed", "command confirm admission");
    }

    @Test
    void a_waiting_process_command_runs_before_the_job_s_next_chunk() throws Exception {
        CountDownLatch chunkRunning = new CountDownLatch(1);
        Future<?> job = importer.submit(() -> {
            turns.chunk(() -> {
                chunkRunning.countDown();
                awaitCommandWaiting();
                return happened.add("chunk 1 committed");
            });
            return turns.chunk(() -> happened.add("chunk 2 committed"));
        });
        assertThat(chunkRunning.await(60, TimeUnit.SECONDS)).isTrue();

        Future<?> sent = process.submit(() -> commands.send("confirm admission"));

        sent.get(60, TimeUnit.SECONDS);
        job.get(60, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("chunk 1 committed", "command confirm admission", "chunk 2 committed");
    }

    /** Until the processes' sending thread waits for its turn (a minute at most). */
    private static void awaitCommandWaiting() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            boolean waiting = Thread.getAllStackTraces().entrySet().stream()
                    .anyMatch(thread -> thread.getKey().getName().equals(ProcessCommands.THREAD)
                            && Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName()
                            .equals(ChunkTurns.class.getName()) && frame.getMethodName().equals("command"))
                            && thread.getKey().getState() == Thread.State.WAITING);
            if (waiting) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
