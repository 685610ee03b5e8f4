package be.smartcredit.hub.dispatch;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Sends a letter by post: into the open print batch, once per action (a retry replaces its own file). */
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

    @Override
    public Optional<String> send(OutgoingLetter letter) {
        String path = batches.add(letter).toString();
        deliveries.record(letter.actionId(), Channel.POST, Deliveries.Status.SENT, null, path);
        return Optional.of(path);
    }
}
