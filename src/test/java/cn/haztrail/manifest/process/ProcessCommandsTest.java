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
 * their events would leave each of the chunk's positions as a gap in every streaming processor's token. Outside it,
 * while the chunk checks its records, they go on, so they keep up with the job.
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
    void a_process_command_waits_until_the_import_chunk_appending_has_committed() throws Exception {
        CountDownLatch chunkAppending = new CountDownLatch(1);
        Future<?> chunk = importer.submit(() -> chunk(() -> { }, () -> {
            chunkAppending.countDown();
            awaitCommandWaiting();
            happened.add("chunk committed");
        }));
        assertThat(chunkAppending.await(60, TimeUnit.SECONDS)).isTrue();

        Future<?> sent = process.submit(() -> commands.send("confirm admission"));

        sent.get(60, TimeUnit.SECONDS);
        chunk.get(60, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("chunk committed", "command confirm admission");
    }

    @Test
    void a_waiting_process_command_runs_before_the_job_s_next_chunk_appends() throws Exception {
        CountDownLatch chunkAppending = new CountDownLatch(1);
        Future<?> job = importer.submit(() -> {
            chunk(() -> { }, () -> {
                chunkAppending.countDown();
                awaitCommandWaiting();
                happened.add("chunk 1 committed");
            });
            chunk(() -> { }, () -> happened.add("chunk 2 committed"));
        });
        assertThat(chunkAppending.await(60, TimeUnit.SECONDS)).isTrue();

        Future<?> sent = process.submit(() -> commands.send("confirm admission"));

        sent.get(60, TimeUnit.SECONDS);
        job.get(60, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("chunk 1 committed", "command confirm admission", "chunk 2 committed");
    }

    @Test
    void a_process_command_runs_while_an_import_chunk_checks_its_records() throws Exception {
        CountDownLatch chunkChecking = new CountDownLatch(1);
        CountDownLatch commandDone = new CountDownLatch(1);
        Future<?> chunk = importer.submit(() -> chunk(() -> {
            chunkChecking.countDown();
            awaitLatch(commandDone);
            happened.add("chunk checked");
        }, () -> happened.add("chunk committed")));
        assertThat(chunkChecking.await(60, TimeUnit.SECONDS)).isTrue();

        Future<?> sent = process.submit(() -> {
            commands.send("confirm admission");
            commandDone.countDown();
        });

        sent.get(90, TimeUnit.SECONDS);
        chunk.get(90, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("command confirm admission", "chunk checked", "chunk committed");
    }

    /** A chunk as ChunkImport runs one: its checks without a turn, then its appends and commit with it. */
    private void chunk(Runnable checking, Runnable appendingAndCommitting) {
        try (ChunkTurns.ChunkTurn turn = turns.chunkTurn()) {
            checking.run();
            turn.take();
            appendingAndCommitting.run();
        }
    }

    /** A minute at most: a command that never comes leaves the order to the assertion. */
    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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
