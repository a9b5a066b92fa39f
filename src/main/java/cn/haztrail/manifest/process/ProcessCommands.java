package cn.haztrail.manifest.process;

import cn.haztrail.shared.imports.ChunkTurns;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The custody processes (the confirmations of a receipt's holds, the follow-on link) share one streaming processor,
 * {@link #GROUP}, and send their commands through this: each command on a thread of its own, as a client's would be,
 * so it is its own unit of work and its own transaction and writes its one aggregate. Sent from the handler's thread
 * it would join the processor's unit of work, and one receipt would append the receiver's, the approval's and every
 * exemption's events in one transaction. The handler waits for each, so a failure still fails the event, which the
 * processor hands to its handlers again; a command that succeeded before it is then sent again and, repeated,
 * changes nothing (every command here is so). A command waits for an import chunk appending on this node
 * ({@link ChunkTurns}): the processes confirm an import's receipts while its next chunk is checked. The sending
 * thread is named after the processor, so a measurement of the read side counts its work.
 */
@Component
class ProcessCommands {

    static final String GROUP = "custody-processes";
    static final String THREAD = "process-commands[" + GROUP + "]";

    private final CommandGateway commands;
    private final ChunkTurns turns;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, THREAD);
        thread.setDaemon(true);
        return thread;
    });

    ProcessCommands(CommandGateway commands, ChunkTurns turns) {
        this.commands = commands;
        this.turns = turns;
    }

    void send(Object command) {
        try {
            sender.submit(() -> turns.command(() -> commands.sendAndWait(command))).get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("A process's command failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a process's command ran", interrupted);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
