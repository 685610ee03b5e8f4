package be.smartcredit.hub.payment.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares party names the way banks mangle them: case, accents, punctuation and blanks do not count. */
public final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("bv", "bvba", "nv", "sa", "sprl", "srl", "vzw", "asbl",
            "cv", "scrl", "comm", "v", "ltd", "gmbh", "ab", "as");

    private Names() {
    }

    /** Lower-case letters and digits only; the database look-up uses the same key. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** The same party: equal keys, or equal once legal forms (BV, NV, SRL, ...) are left out. */
    public static boolean same(String one, String other) {
        String a = key(one);
        return !a.isEmpty() && (a.equals(key(other)) || words(one).equals(words(other)) && !words(one).isEmpty());
    }

    /** The share of one name's words found in the other, from 0 to 1, legal forms left out. */
    static double overlap(String one, String other) {
        Set<String> a = words(one);
        Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / Math.max(a.size(), b.size());
    }

    private static Set<String> words(String name) {
        if (name == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word)).collect(Collectors.toSet());
    }
}
