package be.smartcredit.hub.dispatch;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends a letter by post: into the open print batch, once per action (a retry after a rollback replaces its
 * own file).
 */
@Component
class PostSender implements ChannelSender {

    private final PrintBatches batches;
    private final Deliveries deliveries;

    PostSender(PrintBatches batches, Deliveries deliveries) {
        this.batches = batches;
        this.deliveries = deliveries;
    }

    @Override
    public Channel channel() {
        return Channel.POST;
    }

    /** A letter already in a committed batch (an action deferred for another channel) is not written again. */
    @Override
    public Optional<String> send(OutgoingLetter letter) {
        Optional<Deliveries.Delivery> earlier = deliveries.find(letter.actionId(), Channel.POST);
        if (earlier.filter(d -> d.status() == Deliveries.Status.SENT).isPresent() && batches.holds(letter.actionId())) {
            return Optional.of(earlier.get().reply());
        }
        String path = batches.add(letter).toString();
        deliveries.record(letter.actionId(), Channel.POST, Deliveries.Status.SENT, null, path);
        return Optional.of(path);
    }
}
