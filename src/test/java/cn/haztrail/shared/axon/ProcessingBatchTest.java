package cn.haztrail.shared.axon;

import cn.haztrail.support.ProcessingBatches;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a projection may share across the events of one processing batch, and when its rows are written. */
class ProcessingBatchTest {

    private final List<List<String>> writes = new ArrayList<>();

    @Test
    void the_rows_of_a_batch_are_written_together_once_just_before_it_commits() {
        ProcessingBatches.of("a", "b", "c").executeWithResult(() -> {
            ProcessingBatch.writeBeforeCommit("rows", ProcessingBatches.<String>payload(), writes::add);
            assertThat(writes).as("nothing is written while the batch is handled").isEmpty();
            return null;
        });

        assertThat(writes).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void a_batch_that_fails_writes_nothing() {
        ProcessingBatches.of("a", "b", "c").executeWithResult(() -> {
            ProcessingBatch.writeBeforeCommit("rows", ProcessingBatches.<String>payload(), writes::add);
            if (ProcessingBatches.<String>payload().equals("c")) {
                throw new IllegalStateException("the handler of c fails");
            }
            return null;
        });

        assertThat(writes).isEmpty();
    }

    @Test
    void a_row_collected_by_work_that_waits_for_the_commit_is_written_after_its_kind_was_written() {
        ProcessingBatches.of("a", "b").executeWithResult(() -> {
            if (ProcessingBatches.<String>payload().equals("a")) {
                ProcessingBatch.writeBeforeCommit("rows", "a", writes::add);
            } else {
                ProcessingBatch.<Runnable>writeBeforeCommit("work", () -> ProcessingBatch.writeBeforeCommit("rows",
                        "collected by b's work", writes::add), works -> works.forEach(Runnable::run));
            }
            return null;
        });

        assertThat(writes).containsExactly(List.of("a"), List.of("collected by b's work"));
    }

    @Test
    void outside_a_batch_a_row_is_written_at_once() {
        ProcessingBatch.writeBeforeCommit("rows", "alone", writes::add);

        assertThat(writes).containsExactly(List.of("alone"));
    }

    @Test
    void every_event_of_a_batch_sees_all_of_its_messages_and_one_memo() {
        List<List<Object>> seen = new ArrayList<>();
        List<Map<String, String>> memos = new ArrayList<>();
        ProcessingBatches.of("a", "b").executeWithResult(() -> {
            EventMessage<?> current = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
            seen.add(ProcessingBatch.messages(current).stream().map(Message::getPayload).map(Object.class::cast)
                    .toList());
            Map<String, String> memo = ProcessingBatch.memo("answers");
            memo.putIfAbsent("first", ProcessingBatches.<String>payload());
            memos.add(memo);
            return null;
        });
        ProcessingBatches.of("z").executeWithResult(() -> memos.add(ProcessingBatch.memo("answers")));

        assertThat(seen).containsExactly(List.of("a", "b"), List.of("a", "b"));
        assertThat(memos.get(0)).isSameAs(memos.get(1)).containsEntry("first", "a");
        assertThat(memos.get(2)).as("a new batch starts with an empty memo").isEmpty();
    }

    @Test
    void a_lookup_once_asks_for_every_key_the_batch_names_at_the_first_question_and_never_again() {
        List<Set<String>> asked = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        ProcessingBatches.of("a", "b", "c").executeWithResult(() -> {
            answers.add(ProcessingBatch.lookUpOnce("found", ProcessingBatches.<String>payload(), () -> List.of("a", "b", "c"), "none",
                    (wanted, known) -> {
                        asked.add(Set.copyOf(wanted));
                        known.put("b", "found b");
                    }));
            return null;
        });

        assertThat(asked).containsExactly(Set.of("a", "b", "c"));
        assertThat(answers).containsExactly("none", "found b", "none");
    }

    @Test
    void the_events_of_one_type_are_named_without_reading_the_batch_s_other_events() {
        EventMessage<?> unreadable = new GenericEventMessage<>(42) {
            @Override
            public Integer getPayload() {
                throw new IllegalStateException("an event of another type was deserialized");
            }
        };
        List<List<String>> named = new ArrayList<>();
        new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("a"), unreadable,
                GenericEventMessage.asEventMessage("b"))).executeWithResult(() -> {
                    named.add(ProcessingBatch.named(String.class, String::toUpperCase));
                    return null;
                });

        assertThat(named).hasSize(3).containsOnly(List.of("A", "B"));
    }
}
