package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check as a CI step: the case list without a server, NDJSON per case, and a JUnit report a CI tool reads back. */
class CheckForCiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listsTheCasesWithoutAUrlInTextAndJson() throws Exception {
        CommandRun text = CommandRun.of("check", "--list");
        assertEquals(0, text.exit(), text.err());
        assertEquals(9, text.out().split("\n").length, text.out());
        assertTrue(text.out().startsWith("handshake "), text.out());
        CommandRun json = CommandRun.of("check", "--list", "--json");
        assertEquals(0, json.exit(), json.err());
        List<String> lines = List.of(json.out().split("\n"));
        assertEquals(9, lines.size());
        assertEquals("handshake", JSON.readTree(lines.get(0)).get("case").asText());
    }

    @Test
    void withoutAUrlOrListItSaysWhatIsMissingInOneLine() {
        CommandRun run = CommandRun.of("check");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("wstutor: which server? give its URL"), run.err());
    }

    @Test
    void jsonIsOneObjectPerCaseOnStdoutWithTheUnchangedSummaryOnStderr() throws Exception {
        NodePeer.assumeInstalled();
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            CommandRun run = CommandRun.of("check", ws.url(), "--json");
            assertEquals(0, run.exit(), run.out() + run.err());
            List<JsonNode> cases = new ArrayList<>();
            for (String l : run.out().split("\n")) {
                cases.add(JSON.readTree(l)); // every stdout line is JSON
            }
            assertEquals(9, cases.size(), run.out());
            assertTrue(cases.stream().allMatch(c -> c.get("verdict").asText().equals("pass") && c.get("time_ms").isNumber()
                    && !c.get("reason").asText().isEmpty()), run.out());
            assertEquals("9 passed, 0 failed", run.errLines()[run.errLines().length - 1]);
        }
    }

    @Test
    void aFailedCaseIsAFailureInTheJUnitReportAsMavenSurefireReadsIt() throws Exception {
        NodePeer.assumeInstalled();
        Path report = dir.resolve("check.xml");
        // The lax server echoes an unmasked frame and invalid UTF-8 instead of closing: two cases fail, the others pass.
        try (NodePeer lax = NodePeer.server("drop-unmasked-server.js", "0", "lax")) {
            CommandRun run = CommandRun.of("check", lax.url(), "--junit", report.toString());
            assertEquals(1, run.exit(), run.out());
            assertTrue(run.out().endsWith("7 passed, 2 failed\n"), "the summary line is unchanged:\n" + run.out());
        }
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(report.toString());
        assertEquals(1, suites.size());
        ReportTestSuite suite = suites.get(0);
        assertEquals(9, suite.getNumberOfTests());
        assertEquals(2, suite.getNumberOfFailures());
        Map<String, ReportTestCase> byName = suite.getTestCases().stream()
                .collect(Collectors.toMap(ReportTestCase::getName, c -> c));
        assertEquals(9, byName.size(), byName.keySet().toString());
        ReportTestCase unmasked = byName.get("unmasked");
        assertTrue(unmasked.hasFailure(), unmasked.toString());
        assertTrue(unmasked.getFailureMessage().contains("echo"), unmasked.getFailureMessage());
        assertTrue(byName.get("invalid-utf8").hasFailure());
        assertTrue(byName.get("ping").isSuccessful());
        assertFalse(byName.get("handshake").hasFailure());
    }

    @Test
    void skippedCasesAreSkippedInTheReportAndAControlCharacterFromThePeerKeepsItReadable() throws Exception {
        NodePeer.assumeInstalled();
        Path report = dir.resolve("wrong.xml");
        try (NodePeer wrong = NodePeer.server("wrong-accept-server.js")) {
            CommandRun run = CommandRun.of("check", wrong.url(), "--junit", report.toString());
            assertEquals(1, run.exit(), run.out());
        }
        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger()).parse(report.toString()).get(0);
        assertEquals(1, suite.getNumberOfFailures());
        assertEquals(8, suite.getNumberOfSkipped());
        assertTrue(Files.readString(report).contains("<skipped message=\"no WebSocket connection: the handshake failed\""));
    }

    @Test
    void aReportInAMissingDirectoryIsRefusedBeforeAnythingRuns() {
        CommandRun run = CommandRun.of("check", "ws://127.0.0.1:9/", "--junit", dir.resolve("no/such/dir/r.xml").toString());
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("does not exist; create it first"), run.err());
        assertEquals("", run.out());
    }
}
