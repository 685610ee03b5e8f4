package be.smartcredit.hub.payment.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small look-ups in a DOM by local name, so one reader serves every camt.053 version's namespace. */
final class XmlElements {

    private XmlElements() {
    }

    /** The child elements with the given local name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The first element at a slash-separated path of local names below {@code parent}. */
    static Optional<Element> at(Element parent, String path) {
        Element current = parent;
        for (String name : path.split("/")) {
            List<Element> next = children(current, name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    /** The trimmed text at a path; empty when the element is missing or blank. */
    static Optional<String> text(Element parent, String path) {
        return at(parent, path).map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty());
    }

    /** The text at the first of several paths that has one. */
    static Optional<String> firstText(Element parent, String... paths) {
        for (String path : paths) {
            Optional<String> text = text(parent, path);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
