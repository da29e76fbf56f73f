package gcscope.compiler.parse;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.TokenKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private SourceFile parse(String src) {
        return Parser.parse("t.vo", src, diags);
    }

    private List<String> messages() {
        return diags.stream().map(Diagnostic::toString).toList();
    }

    private Stmt.Block mainBody(SourceFile f) {
        for (Decl d : f.decls()) if (d instanceof Decl.Func fn && fn.name().name().equals("main")) return fn.body();
        throw new AssertionError("no main");
    }

    @Test
    void parsesDeclarationsOfEveryKind() {
        SourceFile f = parse("""
                package main
                import "fmt"
                const (
                	A = iota
                	B
                )
                var x, y int = 1, 2
                type (
                	Node struct { Value int; Left, Right *Node; fmt.Stringer }
                	Alias = Node
                	Shape interface { Area() float64; fmt.Stringer }
                )
                func (n *Node) Sum() (total int) { return }
                func main() { fmt.Println(x, y) }
                """);
        assertEquals(List.of(), messages());
        assertEquals("fmt", f.imports().get(0).specs().get(0).path());
        Decl.Const c = (Decl.Const) f.decls().get(0);
        assertEquals(1, c.specs().get(1).iota());
        assertTrue(c.specs().get(1).values().isEmpty());
        Decl.Type t = (Decl.Type) f.decls().get(2);
        TypeExpr.Struct st = (TypeExpr.Struct) t.specs().get(0).type();
        assertEquals(3, st.fields().size());
        assertTrue(st.fields().get(2).embedded());
        assertTrue(t.specs().get(1).alias());
        Decl.Func m = (Decl.Func) f.decls().get(3);
        assertInstanceOf(TypeExpr.Pointer.class, m.recv().type());
    }

    @Test
    void appliesGoPrecedenceAndLeftAssociativity() {
        SourceFile f = parse("package main\nfunc main() { x := 1 + 2*3 - 4 == 3 || !b && c }\n");
        Stmt.Assign a = (Stmt.Assign) mainBody(f).stmts().get(0);
        Expr.Binary or = (Expr.Binary) a.rhs().get(0);
        assertEquals(TokenKind.LOR, or.op());
        Expr.Binary eq = (Expr.Binary) or.x();
        assertEquals(TokenKind.EQL, eq.op());
        Expr.Binary minus = (Expr.Binary) eq.x();
        assertEquals(TokenKind.SUB, minus.op());
        assertEquals(TokenKind.ADD, ((Expr.Binary) minus.x()).op());
        assertEquals(TokenKind.MUL, ((Expr.Binary) ((Expr.Binary) minus.x()).y()).op());
    }

    @Test
    void parsesCompositeLiteralsWithElidedTypesAndSlices() {
        SourceFile f = parse("package main\nfunc main() { m := map[string][]P{\"a\": {{1, 2}, {X: 3}}}; s := a[1:2:3]; t := a[:] }\n");
        assertEquals(List.of(), messages());
        Stmt.Assign a = (Stmt.Assign) mainBody(f).stmts().get(0);
        Expr.CompositeLit lit = (Expr.CompositeLit) a.rhs().get(0);
        Expr.CompositeLit inner = (Expr.CompositeLit) lit.elements().get(0).value();
        assertNull(inner.type());
        assertEquals(2, inner.elements().size());
        Expr.Slice s = (Expr.Slice) ((Stmt.Assign) mainBody(f).stmts().get(1)).rhs().get(0);
        assertTrue(s.threeIndex());
    }

    @Test
    void compositeLiteralOfBareTypeNameIsNotParsedInControlClause() {
        SourceFile f = parse("package main\nfunc main() { if x == y { } ; for _, v := range []int{1} { _ = v } }\n");
        assertEquals(List.of(), messages());
        Stmt.If i = (Stmt.If) mainBody(f).stmts().get(0);
        assertInstanceOf(Expr.Binary.class, i.cond());
    }

    @Test
    void parsesTypeSwitchRangeAndLabels() {
        SourceFile f = parse("""
                package main
                func main() {
                L:
                	for i := range 10 {
                		switch v := x.(type) {
                		case int, nil:
                			break L
                		default:
                			_ = v
                		}
                	}
                	for range ch {
                	}
                }
                """);
        assertEquals(List.of(), messages());
        Stmt.Labeled l = (Stmt.Labeled) mainBody(f).stmts().get(0);
        Stmt.Range r = (Stmt.Range) l.stmt();
        assertTrue(r.define());
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) r.body().stmts().get(0);
        assertEquals("v", ts.bind().name());
        assertEquals(2, ts.clauses().get(0).types().size());
        Stmt.Range r2 = (Stmt.Range) mainBody(f).stmts().get(1);
        assertNull(r2.key());
    }

    @Test
    void parsesEnumAndMatchAsContextualKeywords() {
        SourceFile f = parse("""
                package main
                type Shape enum {
                	Circle(r float64)
                	Rect(w, h int32)
                	Empty
                }
                func main() {
                	match s {
                	case Circle(r):
                		_ = r
                	case Shape.Rect(w, _):
                	default:
                	}
                	match := 1
                	enum := match
                	match(enum)
                }
                """);
        assertEquals(List.of(), messages());
        TypeExpr.Enum e = (TypeExpr.Enum) ((Decl.Type) f.decls().get(0)).specs().get(0).type();
        assertEquals(3, e.variants().size());
        assertEquals(2, e.variants().get(1).fields().get(0).names().size());
        Stmt.Match m = (Stmt.Match) mainBody(f).stmts().get(0);
        assertEquals("Rect", m.clauses().get(1).variant().name());
        assertTrue(m.clauses().get(2).isDefault());
        assertInstanceOf(Stmt.Assign.class, mainBody(f).stmts().get(1));
        assertInstanceOf(Stmt.ExprStmt.class, mainBody(f).stmts().get(3));
    }

    @Test
    void reportsSeveralSyntaxErrorsInOneFile() {
        parse("""
                package main
                func main() {
                	x := (1 +
                	y := 2
                }
                func g() {
                	z := [3]int{1, 2
                }
                func h() {
                	a :=
                }
                """);
        assertTrue(diags.size() >= 3, messages().toString());
        assertEquals(List.of(4, 7, 11), diags.stream().map(Diagnostic::line).distinct().toList());
        assertEquals("t.vo:7:18: syntax error: unexpected newline in composite literal; possibly missing comma or }", messages().get(1));
    }

    @Test
    void reportsConstructsOutsideTheSubsetByName() {
        parse("""
                package main
                func Map[T any](x T) T { return x }
                func main() {
                	select {}
                	goto L
                	c := 1i
                }
                """);
        assertEquals(List.of("t.vo:2:9: generics are not supported (type parameters of Map)",
                "t.vo:4:2: select is not supported", "t.vo:5:2: goto is not supported",
                "t.vo:6:7: complex numbers are not supported (imaginary literal 1i)"), messages());
    }

    @Test
    void reportsExpressionNestedTooDeeplyInsteadOfOverflowing() {
        String deep = "(".repeat(20000) + "1" + ")".repeat(20000);
        parse("package main\nfunc main() { x := " + deep + "; _ = x }\n");
        assertEquals(1, diags.size());
        assertEquals("expression nested too deeply", diags.get(0).message());
    }

    @Test
    void reportsLongOperatorChainsAndBlocksAsTooDeep() {
        parse("package main\nfunc main() { x := 1" + "+1".repeat(50000) + " }\n");
        assertEquals("expression nested too deeply", diags.get(0).message());
        diags.clear();
        parse("package main\nfunc main() " + "{".repeat(5000) + "}".repeat(5000) + "\n");
        assertEquals("expression nested too deeply", diags.get(0).message());
    }

    @Test
    void neverThrowsOnTruncatedPrograms() {
        String src = """
                package main
                import "fmt"
                type T struct { a []map[string]*T }
                func (t *T) M(xs ...int) (r int, err error) { defer func() { recover() }(); return len(xs), nil }
                func main() { var t T; switch v := any(t).(type) { case T: fmt.Println(v) }; match t { case A(b): } }
                """;
        for (int i = 0; i <= src.length(); i++) {
            List<Diagnostic> d = new ArrayList<>();
            Parser.parse("t.vo", src.substring(0, i), d);
        }
    }
}
