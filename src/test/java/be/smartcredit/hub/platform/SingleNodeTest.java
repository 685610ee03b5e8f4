package be.smartcredit.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes sharing one PostgreSQL database: a scheduled job runs on one of them at a time. */
class SingleNodeTest {

    private static EmbeddedPostgres postgres;
    private static SingleNode firstNode;
    private static SingleNode secondNode;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        firstNode = new SingleNode(postgres.getPostgresDatabase());
        secondNode = new SingleNode(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void skipsAJobThatAnotherNodeIsRunning() {
        AtomicInteger runs = new AtomicInteger();

        Optional<Optional<Integer>> inner = firstNode.runAlone("print-close",
                () -> secondNode.runAlone("print-close", runs::incrementAndGet));

        assertThat(inner).contains(Optional.empty());
        assertThat(runs).hasValue(0);
    }

    @Test
    void runsTheJobAgainOnceTheOtherNodeHasFinished() {
        firstNode.runAlone("nightly", () -> "done");

        Optional<String> second = secondNode.runAlone("nightly", () -> "done again");

        assertThat(second).contains("done again");
    }

    @Test
    void letsDifferentJobsRunAtTheSameTime() {
        Optional<Optional<String>> inner = firstNode.runAlone("poll:north",
                () -> secondNode.runAlone("poll:south", () -> "south polled"));

        assertThat(inner).contains(Optional.of("south polled"));
    }

    @Test
    void releasesTheLockWhenTheJobFails() {
        try {
            firstNode.runAlone("failing", () -> {
                throw new IllegalStateException("print shop unreachable");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("print shop unreachable");
        }

        assertThat(secondNode.runAlone("failing", () -> "recovered")).contains("recovered");
    }

    @Test
    void aHeldLockKeepsOtherNodesOutUntilItIsClosed() {
        Optional<SingleNode.Held> held = firstNode.tryHold("poll:demo");

        assertThat(held).isPresent();
        assertThat(secondNode.tryHold("poll:demo")).isEmpty();
        held.get().close();
        Optional<SingleNode.Held> again = secondNode.tryHold("poll:demo");
        assertThat(again).isPresent();
        again.get().close();
    }
}
