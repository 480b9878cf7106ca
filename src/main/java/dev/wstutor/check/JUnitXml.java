package dev.wstutor.check;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A check run as JUnit XML, the report format CI servers read (Jenkins, GitLab, GitHub actions, Maven's
 * surefire-report): one {@code <testsuite>} for the server, one {@code <testcase>} per case, a failed case as
 * {@code <failure>} and a skipped one as {@code <skipped>}. The shape is the one Maven Surefire writes.
 */
public final class JUnitXml {
    /** A result with the time its case took. */
    public record Timed(Checker.Result result, Duration time) {
    }

    private JUnitXml() {
    }

    /**
     * @param suite the suite's name (the URL checked)
     * @param started when the run began (the suite's timestamp)
     */
    public static void write(String suite, Instant started, List<Timed> results, OutputStream out) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
        Element root = doc.createElement("testsuite");
        doc.appendChild(root);
        root.setAttribute("name", text(suite));
        root.setAttribute("tests", Integer.toString(results.size()));
        root.setAttribute("failures", Long.toString(count(results, Outcome.Verdict.FAIL)));
        root.setAttribute("errors", "0");
        root.setAttribute("skipped", Long.toString(count(results, Outcome.Verdict.SKIP)));
        root.setAttribute("time", seconds(results.stream().map(Timed::time).reduce(Duration.ZERO, Duration::plus)));
        root.setAttribute("timestamp", started.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        for (Timed t : results) {
            Element c = doc.createElement("testcase");
            c.setAttribute("name", t.result().check().name());
            c.setAttribute("classname", "wstutor.check");
            c.setAttribute("time", seconds(t.time()));
            Outcome o = t.result().outcome();
            if (o.verdict() == Outcome.Verdict.FAIL) {
                Element failure = doc.createElement("failure");
                failure.setAttribute("message", text(o.reason()));
                failure.setAttribute("type", "wstutor.check." + t.result().check().name());
                failure.setTextContent(text(t.result().check().summary() + ": " + o.reason()));
                c.appendChild(failure);
            } else if (o.verdict() == Outcome.Verdict.SKIP) {
                Element skipped = doc.createElement("skipped");
                skipped.setAttribute("message", text(o.reason()));
                c.appendChild(skipped);
            } else {
                Element said = doc.createElement("system-out");
                said.setTextContent(text(o.reason()));
                c.appendChild(said);
            }
            root.appendChild(c);
        }
        try {
            Transformer tf = TransformerFactory.newInstance().newTransformer();
            tf.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            tf.setOutputProperty(OutputKeys.INDENT, "yes");
            tf.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            tf.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("could not write the JUnit XML: " + e.getMessage(), e);
        }
    }

    private static long count(List<Timed> results, Outcome.Verdict v) {
        return results.stream().filter(t -> t.result().outcome().verdict() == v).count();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /**
     * A reason may quote what a peer sent; XML 1.0 cannot hold most control characters even escaped, so each
     * is written as {@code \\uXXXX} instead (a reader that met one would reject the whole report).
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
            }
        });
        return sb.toString();
    }
}
