package gcscope.compiler.types;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wrong programs and the exact diagnostics Go (1.22 wording) gives for them; positions and texts were
 * confirmed with Debian's Go toolchain where its older wording agrees.
 */
class CheckerDiagnosticsTest {

    @Test
    void reportsUndefinedNameAndUnusedVariable() {
        assertEquals(List.of("6:2: x declared and not used", "7:14: undefined: y"), Checking.diagnostics("""
                package main

                import "fmt"

                func main() {
                	x := 1
                	fmt.Println(y)
                }
                """));
    }

    @Test
    void reportsAssignmentOfWrongType() {
        assertEquals(List.of("6:6: cannot use x (variable of type int) as string value in assignment"), Checking.diagnostics("""
                package main

                func main() {
                	var s string
                	x := 5
                	s = x
                	_ = s
                }
                """));
    }

    @Test
    void reportsUntypedConstantOverflowAndTruncation() {
        assertEquals(List.of(
                "5:6: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)",
                "6:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
                "7:12: constant 300 overflows int8",
                "8:16: cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)",
                "10:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"), Checking.diagnostics("""
                package main

                func main() {
                	var a int8
                	a = 300
                	var b int8 = 300
                	c := int8(300)
                	var d uint8 = 255 + 1
                	_, _, _, _ = a, b, c, d
                	var e int = 1.5
                	_ = e
                }
                """));
    }

    @Test
    void reportsUnusedImportAndMissingReturn() {
        assertEquals(List.of("3:8: \"fmt\" imported and not used", "14:1: missing return"), Checking.diagnostics("""
                package main

                import "fmt"

                func f() int {
                	for {
                	}
                }

                func g(x int) int {
                	if x > 0 {
                		return 1
                	}
                }

                func main() {
                }
                """));
    }

    @Test
    void reportsOperatorAndSelectorErrors() {
        assertEquals(List.of(
                "12:6: invalid operation: x + s (mismatched types int and string)",
                "14:12: cannot use t (variable of type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)",
                "16:8: t.b undefined (type T has no field or method b)",
                "18:6: invalid operation: operator % not defined on f (variable of type float64)",
                "19:7: invalid operation: operator ! not defined on x (variable of type int)",
                "20:4: x.foo undefined (type int has no field or method foo)",
                "21:2: y declared and not used",
                "24:6: k + 1 (constant 256 of type uint8) overflows uint8",
                "26:11: invalid operation: p == 1 (mismatched types *int and untyped int)",
                "28:6: invalid operation: []int{} == []int{} (slice can only be compared to nil)",
                "29:9: too many return values\n\thave (number)\n\twant ()"), Checking.diagnostics("""
                package main

                type T struct{ a int }

                func (t *T) M() {}

                type I interface{ M() }

                func main() {
                	x := 1
                	s := "a"
                	_ = x + s
                	var t T
                	var i I = t
                	_ = i
                	_ = t.b
                	var f float64 = 1
                	_ = f % 2
                	_ = !x
                	x.foo()
                	y := 3
                	y = 4
                	const k uint8 = 255
                	_ = k + 1
                	var p *int = nil
                	_ = p == 1
                	_ = []int{} == nil
                	_ = []int{} == []int{}
                	return 1
                }
                """));
    }

    @Test
    void reportsCallAndControlFlowErrors() {
        assertEquals(List.of(
                "6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
                "7:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
                "8:13: assignment mismatch: 3 variables but f returns 2 values",
                "12:2: x declared and not used",
                "13:2: len(\"abc\") (constant 3 of type int) is not used",
                "14:2: break is not in a loop, switch, or select",
                "16:12: continue label not defined: L",
                "22:6: invalid operation: q (variable of type int) is not an interface"), Checking.diagnostics("""
                package main

                func f(a int, b string) (int, error) { return 0, nil }

                func main() {
                	f(1)
                	f(1, "a", 2)
                	a, b, c := f(1, "x")
                	var m map[string]int
                	v, ok := m["a"]
                	_, _ = v, ok
                	x := f
                	len("abc")
                	break
                	for {
                		continue L
                	}
                	var i interface{} = 1
                	n := i.(int)
                	_ = n
                	var q int
                	_ = q.(int)
                	_, _, _ = a, b, c
                }
                """));
    }

    @Test
    void reportsRedeclarationNoNewVariablesAndUnassignableTargets() {
        assertEquals(List.of(
                "5:4: no new variables on left side of :=",
                "6:6: x redeclared in this block",
                "8:2: cannot assign to s[0] (neither addressable nor a map index expression)",
                "9:2: cannot assign to len(s) (neither addressable nor a map index expression)"), Checking.diagnostics("""
                package main

                func main() {
                	x := 1
                	x := 2
                	var x int
                	s := "abc"
                	s[0] = 'x'
                	len(s) = 1
                	_ = x
                }
                """));
    }

    @Test
    void reportsEveryErrorOfTheFileSortedByPosition() {
        List<String> d = Checking.diagnostics("""
                package main

                func a() int { return "s" }
                func b() { undefinedCall() }
                func main() { var z int = "q"; _ = z }
                """);
        assertEquals(List.of(
                "3:23: cannot use \"s\" (untyped string constant) as int value in return statement",
                "4:12: undefined: undefinedCall",
                "5:27: cannot use \"q\" (untyped string constant) as int value in variable declaration"), d);
    }

    @Test
    void reportsImportsOutsideTheSubset() {
        assertEquals(List.of("3:8: package \"os\" is not supported (only \"fmt\" can be imported)"), Checking.diagnostics("""
                package main

                import "os"

                func main() {}
                """));
    }

    @Test
    void reportsMissingMain() {
        assertEquals(List.of("1:1: function main is undeclared in the main package"), Checking.diagnostics("package main\nfunc f() {}\n"));
    }

    @Test
    void reportsStructFieldInMapAndPointerMethodOnUnaddressableValue() {
        assertEquals(List.of("9:2: cannot assign to struct field m[\"a\"].x in map", "10:6: cannot call pointer method M on P"),
                Checking.diagnostics("""
                        package main

                        type P struct{ x int }

                        func (p *P) M() {}

                        func main() {
                        	m := map[string]P{}
                        	m["a"].x = 1
                        	P{}.M()
                        	var s []P
                        	s[0].x = 2
                        }
                        """));
    }
}
