package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Init order, escape analysis, selections and implicit conversions recorded for CODEGEN. */
class SemanticsTest {

    private static List<String> initNames(TypeInfo info) {
        return info.initOrder().stream().map(i -> String.join(",", i.lhs().stream().map(VarSymbol::name).toList())).toList();
    }

    @Test
    void packageVariablesInitialiseInDependencyOrder() {
        // Go specification, "Package initialization": a = c + b, b = f(), c = f(), d = 3 initialises d, b, c, a
        TypeInfo info = Checking.ok("""
                package main
                var (
                	a = c + b
                	b = f()
                	c = f()
                	d = 3
                )
                func f() int {
                	d++
                	return d
                }
                func main() {}
                """);
        assertEquals(List.of("d", "b", "c", "a"), initNames(info));
    }

    @Test
    void multiValueInitialiserIsOneStep() {
        TypeInfo info = Checking.ok("""
                package main
                var x = y * 2
                var y, z = pair()
                func pair() (int, string) { return 1, "a" }
                func main() { _ = z }
                """);
        assertEquals(List.of("y,z", "x"), initNames(info));
    }

    @Test
    void initialisationCycleIsReported() {
        List<String> d = Checking.diagnostics("""
                package main
                var a = b
                var b = f()
                func f() int { return a }
                func main() {}
                """);
        assertEquals(1, d.size());
        assertTrue(d.get(0).contains("initialization cycle"), d.toString());
    }

    private static VarSymbol local(TypeInfo info, String name) {
        for (var v : info.defs.values()) if (v instanceof VarSymbol vs && vs.name().equals(name) && !vs.isGlobal()) return vs;
        throw new AssertionError(name);
    }

    @Test
    void addressTakenAndCapturedLocalsEscape() {
        TypeInfo info = Checking.ok("""
                package main
                type T struct{ n int }
                func (r *T) Inc() { r.n++ }
                func main() {
                	a := 1
                	p := &a
                	b := 2
                	f := func() int { return b }
                	c := 3
                	var t T
                	t.Inc()
                	var arr [3]int
                	s := arr[:]
                	var u T
                	u.n = c
                	_, _, _ = p, f, s
                }
                """);
        assertTrue(local(info, "a").escapes());
        assertTrue(local(info, "b").escapes());
        assertTrue(local(info, "b").captured());
        assertTrue(local(info, "t").escapes());
        assertTrue(local(info, "arr").escapes());
        assertFalse(local(info, "c").escapes());
        assertFalse(local(info, "u").escapes());
        assertFalse(local(info, "p").escapes());
    }

    @Test
    void closuresRecordCapturesThroughNestedLiterals() {
        TypeInfo info = Checking.ok("""
                package main
                func main() {
                	x := 0
                	f := func() func() int {
                		return func() int { x++; return x }
                	}
                	_ = f
                }
                """);
        Decl.Func main = (Decl.Func) info.file().decls().get(0);
        Expr.FuncLit outer = (Expr.FuncLit) ((Stmt.Assign) main.body().stmts().get(1)).rhs().get(0);
        Expr.FuncLit inner = (Expr.FuncLit) ((Stmt.Return) outer.body().stmts().get(0)).results().get(0);
        assertEquals(List.of("x"), info.capturesOf(outer).stream().map(VarSymbol::name).toList());
        assertEquals(List.of("x"), info.capturesOf(inner).stream().map(VarSymbol::name).toList());
    }

    @Test
    void promotedFieldsAndMethodsRecordTheirEmbeddingPath() {
        TypeInfo info = Checking.ok("""
                package main
                type Inner struct{ v int }
                func (i *Inner) Bump() { i.v++ }
                func (i Inner) Get() int { return i.v }
                type Mid struct{ *Inner }
                type Outer struct {
                	name string
                	Mid
                }
                func main() {
                	o := Outer{Mid: Mid{&Inner{}}}
                	o.Bump()
                	_ = o.v + o.Get()
                }
                """);
        Decl.Func main = (Decl.Func) info.file().decls().get(info.file().decls().size() - 1);
        Expr.Call bump = (Expr.Call) ((Stmt.ExprStmt) main.body().stmts().get(1)).x();
        Selection s = info.selectionOf((Expr.Selector) bump.fun());
        assertEquals(Selection.Kind.METHOD_VALUE, s.kind());
        assertEquals(List.of(1, 0), s.path());
        assertFalse(s.autoAddr());
        Expr.Binary sum = (Expr.Binary) ((Stmt.Assign) main.body().stmts().get(2)).rhs().get(0);
        Selection field = info.selectionOf((Expr.Selector) sum.x());
        assertEquals(Selection.Kind.FIELD, field.kind());
        assertEquals(List.of(1, 0, 0), field.path());
        assertTrue(field.indirect());
        Selection get = info.selectionOf((Expr.Selector) ((Expr.Call) sum.y()).fun());
        assertTrue(get.autoDeref());
        assertEquals(CallKind.METHOD, info.callKind((Expr.Call) sum.y()));
    }

    @Test
    void valuesAssignedToInterfacesRecordTheImplicitConversion() {
        TypeInfo info = Checking.ok("""
                package main
                import "fmt"
                type S struct{}
                func (S) String() string { return "s" }
                func main() {
                	var st fmt.Stringer = S{}
                	var e error
                	fmt.Println(1, st, e == nil)
                }
                """);
        Decl.Func main = (Decl.Func) info.file().decls().get(2);
        Decl.VarSpec spec = ((Decl.Var) ((Stmt.DeclStmt) main.body().stmts().get(0)).decl()).specs().get(0);
        assertEquals("fmt.Stringer", info.implicitConversion(spec.values().get(0)).toString());
        Expr.Call println = (Expr.Call) ((Stmt.ExprStmt) main.body().stmts().get(2)).x();
        assertEquals(CallKind.FMT, info.callKind(println));
        assertEquals(Universe.INT, info.typeOf(println.args().get(0)));
        assertNotNull(info.implicitConversion(println.args().get(0)));
        assertEquals(null, info.implicitConversion(println.args().get(1)));
        Expr.Binary cmp = (Expr.Binary) println.args().get(2);
        assertEquals(Universe.ERROR, info.typeOf(cmp.y()));
    }

    @Test
    void typeStringsAreGoStyle() {
        TypeInfo info = Checking.ok("""
                package main
                type Node struct{ next *Node }
                var m map[string]*Node
                var c <-chan []int
                var f func(int, ...string) (bool, error)
                var e interface{}
                var s struct{ A int; b string }
                func main() {}
                """);
        List<String> types = info.globals().stream().map(v -> v.type().toString()).toList();
        assertEquals(List.of("map[string]*main.Node", "<-chan []int", "func(int, ...string) (bool, error)", "interface {}",
                "struct { A int; b string }"), types);
    }

    @Test
    void methodSetsDecideInterfaceSatisfaction() {
        assertEquals(List.of("8:14: cannot use v (variable of type V) as I value in variable declaration: V does not implement I (method M has pointer receiver)"),
                Checking.diagnostics("""
                        package main
                        type I interface{ M() }
                        type V struct{}
                        func (v *V) M() {}
                        func main() {
                        	var v V
                        	var ok I = &v
                        	var bad I = v
                        	_, _ = ok, bad
                        }
                        """));
    }
}
