package gcscope.vm.fmt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GoFloat against Go's own strconv/ftoa_test.go table (fmt/ftoa.txt, extracted by .ci/fmt-oracle.sh). */
class GoFloatTableTest {

    @Test
    void formatFloatMatchesGosFtoaTable() throws IOException {
        List<Executable> checks = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoFloatTableTest.class.getResourceAsStream("/fmt/ftoa.txt"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(c[0], 16));
                char fmt = c[1].charAt(0);
                int prec = Integer.parseInt(c[2]);
                String expected = Utf8.string(GoTokens.unquote(c[3]));
                String where = "ftoa.txt:" + n + " " + v + " '" + fmt + "' " + prec;
                checks.add(() -> assertEquals(expected, GoFloat.format(v, fmt, prec, 64), where + " bitSize 64"));
                if (c.length > 4) {
                    checks.add(() -> assertEquals(expected, GoFloat.format(v, fmt, prec, 32), where + " bitSize 32"));
                }
            }
        }
        assertTrue(checks.size() > 100, "table read");
        assertAll(checks);
    }
}
