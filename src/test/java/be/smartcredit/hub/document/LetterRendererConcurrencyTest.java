package be.smartcredit.hub.document;

import be.smartcredit.hub.support.Pdfs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LetterRendererConcurrencyTest {

    static final List<String> DEBTORS = List.of("Anna Claes", "Bart Dubois", "Chloé Maes", "Dirk Wouters",
            "Elif Yılmaz", "Frank Jacobs", "Greet Mertens", "Hugo Willems");

    @Test
    void rendersLettersOnSeveralThreadsEachWithItsOwnDebtor() throws Exception {
        LetterRenderer renderer = new LetterRenderer();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);

        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (String debtor : DEBTORS) {
            ReminderLetter letter = ReminderLetters.withDebtor(ReminderLetters.sample(),
                    ReminderLetters.debtor(debtor));
            pdfs.add(threads.submit(() -> {
                start.await();
                return renderer.render(letter);
            }));
        }
        start.countDown();
        threads.shutdown();

        assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (int i = 0; i < DEBTORS.size(); i++) {
            String text = Pdfs.text(pdfs.get(i).get());
            int own = i;
            assertThat(text).contains(DEBTORS.get(own));
            DEBTORS.stream().filter(other -> !other.equals(DEBTORS.get(own)))
                    .forEach(other -> assertThat(text).doesNotContain(other));
        }
    }
}
