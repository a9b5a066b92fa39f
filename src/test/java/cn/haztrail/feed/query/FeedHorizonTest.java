package cn.haztrail.feed.query;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed reader never moves past an event that is still to come: entries are served below the lowest open gap. */
class FeedHorizonTest {

    @Test
    void without_gaps_everything_the_processor_wrote_is_served() {
        assertThat(FeedHorizon.of(new GapAwareTrackingToken(41, List.of()), gap -> false)).isEqualTo(42);
    }

    @Test
    void an_event_still_being_committed_holds_back_every_later_entry() {
        var token = new GapAwareTrackingToken(41, List.of(37L, 39L));
        assertThat(FeedHorizon.of(token, gap -> false)).isEqualTo(37);
    }

    @Test
    void a_gap_that_will_never_fill_holds_nothing_back() {
        var token = new GapAwareTrackingToken(41, List.of(37L, 39L));
        assertThat(FeedHorizon.of(token, gap -> gap == 37)).isEqualTo(39);
        assertThat(FeedHorizon.of(token, gap -> true)).isEqualTo(42);
    }

    @Test
    void during_a_replay_only_what_the_replay_rewrote_is_served() {
        var replay = ReplayToken.createReplayToken(new GapAwareTrackingToken(500, List.of()),
                new GapAwareTrackingToken(120, List.of()));
        assertThat(FeedHorizon.of(replay, gap -> false)).isEqualTo(121);
    }

    @Test
    void before_the_processor_started_nothing_is_served() {
        assertThat(FeedHorizon.of(null, gap -> false)).isZero();
    }
}
