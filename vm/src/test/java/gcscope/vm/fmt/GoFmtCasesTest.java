package gcscope.vm.fmt;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Go's own output for every line of fmt/cases.txt (the expected column was produced by Go through
 * .ci/fmt-oracle.sh); GoFmt must print the same bytes. One test per section of the table (a '#'
 * line starts a section); a failure names each differing line.
 */
class GoFmtCasesTest {

    record Case(int line, String func, String args, String expectedQuoted) {
    }

    static Stream<Arguments> sections() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoFmtCasesTest.class.getResourceAsStream("/fmt/cases.txt"), StandardCharsets.UTF_8))) {
            String title = "cases";
            List<Case> cases = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    if (!cases.isEmpty()) {
                        out.add(Arguments.of(title, cases));
                    }
                    title = line.substring(1).trim();
                    cases = new ArrayList<>();
                } else if (!line.isBlank()) {
                    String[] cols = line.split("\t", -1);
                    cases.add(new Case(n, cols[0], cols[1], cols.length > 2 ? cols[2] : ""));
                }
            }
            if (!cases.isEmpty()) {
                out.add(Arguments.of(title, cases));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void printsWhatGoPrints(String section, List<Case> cases) {
        assertFalse(cases.isEmpty(), section);
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            checks.add(() -> check(c));
        }
        assertAll(section, checks);
    }

    private static void check(Case c) {
        String where = "cases.txt:" + c.line() + " " + c.func() + "(" + c.args() + ")";
        assertFalse(c.expectedQuoted().isEmpty(), where + ": no expectation yet, run .ci/fmt-oracle.sh");
        List<FmtValue> values = GoExprParser.parseArgs(c.args());
        byte[] got = switch (c.func()) {
            case "Sprintf" -> GoFmt.sprintf(((FmtValue.StringValue) values.get(0)).bytes(),
                    values.subList(1, values.size()));
            case "Sprint" -> GoFmt.sprint(values);
            case "Sprintln" -> GoFmt.sprintln(values);
            case "Errorf" -> GoFmt.errorf(((FmtValue.StringValue) values.get(0)).bytes(),
                    values.subList(1, values.size())).message();
            default -> throw new IllegalArgumentException(c.func());
        };
        assertEquals(c.expectedQuoted(), Utf8.string(GoQuote.quote(got)), where);
    }
}
