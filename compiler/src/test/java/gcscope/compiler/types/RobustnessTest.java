package gcscope.compiler.types;

import gcscope.compiler.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front end never throws and never reports an internal error, whatever the input. */
class RobustnessTest {
    private static final String SEED = """
            package main

            import "fmt"

            type Shape enum {
            	Circle(r float64)
            	Rect(w, h int32)
            	Empty
            }

            type Node struct {
            	Value       int
            	Left, Right *Node
            }

            type Stack []int

            func (s *Stack) Push(v int) { *s = append(*s, v) }

            const (
            	A = iota * 10
            	B
            )

            var total = sum(1, 2, 3)

            func sum(xs ...int) (t int) {
            	for _, x := range xs {
            		t += x
            	}
            	return
            }

            func area(s Shape) float64 {
            	match s {
            	case Circle(r):
            		return r * r
            	case Rect(w, _):
            		return float64(w)
            	default:
            		return 0
            	}
            }

            func main() {
            	var st Stack
            	st.Push(1)
            	m := map[string][]*Node{"a": {{Value: 1}}}
            	ch := make(chan int, 1)
            	go func() { ch <- len(m) }()
            	switch v := any(<-ch).(type) {
            	case int:
            		fmt.Println(v, total, area(Shape.Rect(1, 2)), B)
            	}
            	defer func() { recover() }()
            	x := [...]int{1, 2, 3}
            	fmt.Printf("%v %d\\n", x[1:2:3], 0x1F)
            }
            """;

    @Test
    void seedProgramChecksCleanly() {
        Checking.ok(SEED);
    }

    @Test
    void randomEditsNeverCauseInternalErrors() {
        Random r = new Random(20261122);
        String alphabet = "(){}[];:=.,+-*/&|^<>!\"'`\n \tabcxyz019_";
        String[] toks = {"func", "var", "const", "type", "match", "enum", "case", "default", "switch", "for", "range", "go",
                "defer", "return", "nil", "iota", "struct", "interface", "map", "chan", "<-", "...", ":=", "fallthrough",
                "break", "continue", "select", "goto", "x", "_", "0x", "1e999", "'\\x'", "\"\\u\"", "//", "/*", "1<<200"};
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder(SEED);
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int p = r.nextInt(s.length());
                switch (r.nextInt(4)) {
                    case 0 -> s.deleteCharAt(p);
                    case 1 -> s.insert(p, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 2 -> s.insert(p, " " + toks[r.nextInt(toks.length)] + " ");
                    default -> s.delete(p, Math.min(s.length(), p + r.nextInt(20)));
                }
            }
            Frontend.Result res = Frontend.analyzeHere("f.vo", s.toString());
            for (Diagnostic d : res.diagnostics()) {
                assertFalse(d.message().startsWith("internal"), () -> d + "\n" + s);
                assertTrue(d.line() >= 1, () -> d + "\n" + s);
            }
        }
    }

    @Test
    void deeplyNestedButLegalProgramsCheckWithoutOverflow() {
        String nested = "func() int { return ".repeat(60) + "1" + " }()".repeat(60);
        Checking.ok("package main\nfunc main() { x := " + nested + "; _ = x }\n");
        String blocks = "{".repeat(150) + "}".repeat(150);
        Checking.ok("package main\nfunc main() " + "{ " + blocks + " }\n");
    }

    @Test
    void hugeConstantsAreDiagnosedNotComputed() {
        var d = Checking.diagnostics("package main\nconst a = 1e999999999\nconst b = 1 << 100000\nconst c = 1 << 1000 * 1 << 1000 * 1 << 1000\nfunc main() {}\n");
        assertTrue(d.size() >= 3, d.toString());
        assertTrue(d.get(0).startsWith("2:11: floating-point constant overflow"), d.toString());
        for (String s : d) assertFalse(s.contains("internal"), s);
    }
}
