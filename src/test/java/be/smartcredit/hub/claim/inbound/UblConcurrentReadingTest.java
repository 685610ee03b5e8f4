package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.claim.ClaimDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UblConcurrentReadingTest {

    @Test
    void readsTheSameClaimWhenThreadsShareOneReader() throws Exception {
        InboundDocumentReader reader = Readers.shared();
        byte[] invoice = Samples.ubl("peppol-bis-invoice-3_base-example.xml");
        byte[] creditNote = Samples.ubl("peppol-bis-invoice-3_base-creditnote-correction.xml");
        List<Callable<InboundClaim>> reads = IntStream.range(0, 16)
                .mapToObj(i -> (Callable<InboundClaim>) () -> reader.read(i % 2 == 0 ? invoice : creditNote, "t" + i))
                .toList();

        List<ClaimDocument> claims = readAll(reads);

        assertThat(claims).hasSize(16);
        assertThat(claims.stream().distinct()).hasSize(2);
    }

    private static List<ClaimDocument> readAll(List<Callable<InboundClaim>> reads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<ClaimDocument> claims = new ArrayList<>();
            for (Future<InboundClaim> read : pool.invokeAll(reads)) {
                assertThat(read.get().hasRuleErrors()).isFalse();
                claims.add(read.get().document());
            }
            return claims;
        } finally {
            pool.shutdownNow();
        }
    }
}
