package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enum/match extension of LANGUAGE.md. */
class EnumTest {
    private static final String SHAPE = """
            package main
            type Shape enum {
            	Circle(r float64)
            	Rect(w int32, h int32)
            	Empty
            }
            """;

    @Test
    void exhaustiveMatchWhoseCasesAllReturnNeedsNoReturnAfterIt() {
        TypeInfo info = Checking.ok(SHAPE + """
                func area(s Shape) float64 {
                	match s {
                	case Circle(r):
                		return 3.14159 * r * r
                	case Rect(w, _):
                		return float64(w * 2)
                	case Empty:
                		return 0
                	}
                }
                func main() { _ = area(Shape.Rect(3, 4)) }
                """);
        EnumType e = (EnumType) info.namedTypes().get(0).underlying();
        assertEquals(List.of("Circle", "Rect", "Empty"), e.variants().stream().map(EnumType.Variant::name).toList());
        assertEquals("main.Shape", e.named().toString());
        assertEquals(Universe.INT32, e.variant("Rect").fields().get(1).type());
    }

    @Test
    void missingVariantIsAnErrorNamingIt() {
        assertEquals(List.of("8:2: match on Shape is not exhaustive: missing variant Empty"), Checking.diagnostics(SHAPE + """
                func f(s Shape) int {
                	match s {
                	case Circle(r):
                		_ = r
                	case Rect(_, _):
                	}
                	return 0
                }
                func main() {}
                """));
    }

    @Test
    void matchWithDefaultIsExhaustiveButNonTerminatingCaseNeedsReturn() {
        assertEquals(List.of("16:1: missing return"), Checking.diagnostics(SHAPE + """
                func f(s Shape) int {
                	match s {
                	case Circle(r):
                		if r > 0 {
                			return 1
                		}
                	default:
                		return 2
                	}
                }
                func main() {}
                """));
    }

    @Test
    void constructorArgumentsFollowAssignabilityAndUntypedRules() {
        assertEquals(List.of(
                "8:18: cannot use 1 << 40 (untyped int constant 1099511627776) as int32 value in argument to Shape.Rect (overflows)",
                "9:20: cannot use \"x\" (untyped string constant) as float64 value in argument to Shape.Circle",
                "10:18: not enough arguments in call to Shape.Rect\n\thave (number)\n\twant (int32, int32)"), Checking.diagnostics(SHAPE + """
                func main() {
                	a := Shape.Rect(1<<40, 2)
                	b := Shape.Circle("x")
                	c := Shape.Rect(1)
                	_, _, _ = a, b, c
                }
                """));
    }

    @Test
    void bindingsTakePayloadTypesAndWrongCountsOrVariantsAreReported() {
        Frontend.Result r = Checking.run(SHAPE + """
                func main() {
                	s := Shape.Circle(2)
                	match s {
                	case Circle(r):
                		var f float64 = r
                		_ = f
                	case Rect(w):
                		_ = w
                	case Square:
                	default:
                	}
                }
                """);
        assertEquals(List.of("13:7: wrong number of bindings for variant Rect: have 1, want 2", "15:7: Square is not a variant of Shape"),
                r.diagnostics().stream().map(Checking::render).toList());
    }

    @Test
    void variantSelectionsAndMatchClausesAreRecorded() {
        TypeInfo info = Checking.ok(SHAPE + """
                func main() {
                	e := Shape.Empty
                	match e {
                	case Rect(w, h):
                		_, _ = w, h
                	default:
                	}
                }
                """);
        Decl.Func main = (Decl.Func) info.file().decls().get(1);
        Stmt.Assign a = (Stmt.Assign) main.body().stmts().get(0);
        Selection sel = info.selectionOf((Expr.Selector) a.rhs().get(0));
        assertEquals(Selection.Kind.ENUM_VARIANT, sel.kind());
        assertEquals(2, sel.variant().index());
        assertEquals("main.Shape", info.typeOf(a.rhs().get(0)).toString());
        Stmt.Match m = (Stmt.Match) main.body().stmts().get(1);
        assertEquals(1, info.variantOf(m.clauses().get(0)).index());
        VarSymbol h = (VarSymbol) info.symbolOf(m.clauses().get(0).bindings().get(1));
        assertEquals(Universe.INT32, h.type());
    }

    @Test
    void enumsWithComparablePayloadsCompareWithEquals() {
        Checking.ok(SHAPE + "func main() { _ = Shape.Empty == Shape.Rect(1, 2) }\n");
        List<String> d = Checking.diagnostics("""
                package main
                type L enum {
                	Items(xs []int)
                	None
                }
                func main() { _ = L.None == L.None }
                """);
        assertEquals(1, d.size());
        assertTrue(d.get(0).contains("cannot be compared"), d.toString());
    }

    @Test
    void recursiveEnumsAreAllowed() {
        Checking.ok("""
                package main
                type List enum {
                	Cons(head int, tail List)
                	Nil
                }
                func sum(l List) int {
                	match l {
                	case Cons(h, t):
                		return h + sum(t)
                	case Nil:
                		return 0
                	}
                }
                func main() { _ = sum(List.Cons(1, List.Nil)) }
                """);
    }
}
