package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Untyped constants (Go specification, "Constants" and "Constant expressions"). */
class ConstantsTest {

    private static ConstSymbol constant(TypeInfo info, String name) {
        for (Decl d : info.file().decls()) {
            if (d instanceof Decl.Const c) {
                for (Decl.ConstSpec s : c.specs()) for (Expr.Ident id : s.names()) if (id.name().equals(name)) return (ConstSymbol) info.defOf(id);
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void untypedConstantsHaveArbitraryPrecision() {
        TypeInfo info = Checking.ok("""
                package main
                const Big = 1 << 100
                const Small = Big >> 98
                const Huge = Big * Big
                const Ratio = Huge / Big / Big
                func main() { var x int = Small; _ = x }
                """);
        assertEquals(new Constant.Int(BigInteger.ONE.shiftLeft(100)), constant(info, "Big").value());
        assertEquals(new Constant.Int(BigInteger.valueOf(4)), constant(info, "Small").value());
        assertEquals(new Constant.Int(BigInteger.ONE), constant(info, "Ratio").value());
        assertEquals(Universe.UNTYPED_INT, constant(info, "Big").type());
    }

    @Test
    void iotaCountsSpecsAndImplicitRepetitionReusesTheExpression() {
        TypeInfo info = Checking.ok("""
                package main
                type Weekday int
                const (
                	Sunday Weekday = iota
                	Monday
                	_
                	Wednesday
                )
                const (
                	KB = 1 << (10 * (iota + 1))
                	MB
                	GB
                )
                const (
                	a, b = iota, iota * 10
                	c, d
                )
                func main() {}
                """);
        assertEquals(new Constant.Int(BigInteger.valueOf(3)), constant(info, "Wednesday").value());
        assertEquals("main.Weekday", constant(info, "Wednesday").type().toString());
        assertEquals(new Constant.Int(BigInteger.valueOf(1L << 30)), constant(info, "GB").value());
        assertEquals(new Constant.Int(BigInteger.valueOf(10)), constant(info, "d").value());
    }

    @Test
    void untypedIntegerDivisionTruncatesAndMixingWithFloatGivesFloat() {
        TypeInfo info = Checking.ok("""
                package main
                const q = 7 / 2
                const f = 7 / 2.0
                const r = 'a' + 1
                const m = -7 % 3
                func main() {}
                """);
        assertEquals(new Constant.Int(BigInteger.valueOf(3)), constant(info, "q").value());
        assertEquals(Universe.UNTYPED_FLOAT, constant(info, "f").type());
        assertEquals(0, ((Constant.Float) constant(info, "f").value()).value().compareTo(new java.math.BigDecimal("3.5")));
        assertEquals(Universe.UNTYPED_RUNE, constant(info, "r").type());
        assertEquals(new Constant.Int(BigInteger.valueOf(-1)), constant(info, "m").value());
    }

    @Test
    void untypedOperandTakesTheTypeOfTheOtherOperandAndDefaultsOtherwise() {
        TypeInfo info = Checking.ok("""
                package main
                func main() {
                	var f float64
                	x := f + 1
                	y := 1
                	z := 2.5
                	r := 'x'
                	_, _, _, _ = x, y, z, r
                }
                """);
        Stmt.Block body = ((Decl.Func) info.file().decls().get(0)).body();
        Stmt.Assign ax = (Stmt.Assign) body.stmts().get(1);
        Expr.Binary sum = (Expr.Binary) ax.rhs().get(0);
        assertEquals(Universe.FLOAT64, info.typeOf(sum.y()));
        assertTrue(info.constantOf(sum.y()) instanceof Constant.Float);
        assertEquals(Universe.INT, info.typeOf(((Stmt.Assign) body.stmts().get(2)).rhs().get(0)));
        assertEquals(Universe.FLOAT64, info.typeOf(((Stmt.Assign) body.stmts().get(3)).rhs().get(0)));
        assertEquals(Universe.INT32, info.typeOf(((Stmt.Assign) body.stmts().get(4)).rhs().get(0)));
    }

    @Test
    void typedConstantArithmeticMustStayRepresentable() {
        assertEquals(List.of("4:9: c + 1 (constant 128 of type int8) overflows int8",
                        "5:9: -u (constant -1 of type uint) overflows uint"),
                Checking.diagnostics("""
                        package main
                        const c int8 = 127
                        const u uint = 1
                        var x = c + 1
                        var y = -u
                        func main() {}
                        """));
    }

    @Test
    void constantDivisionByZeroIsAnError() {
        assertEquals(List.of("2:15: invalid operation: division by zero"), Checking.diagnostics("""
                package main
                const d = 1 / 0
                func main() {}
                """));
    }

    @Test
    void bigUntypedConstantUsedAsIntOverflows() {
        assertEquals(List.of("3:7: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in assignment (overflows)"),
                Checking.diagnostics("""
                        package main
                        func main() {
                        	x := 1 << 64
                        	_ = x
                        }
                        """));
    }

    @Test
    void lenOfArrayAndConstantStringIsConstant() {
        TypeInfo info = Checking.ok("""
                package main
                var a [5]int
                const n = len("héllo")
                const m = len(a)
                func main() {}
                """);
        assertEquals(new Constant.Int(BigInteger.valueOf(6)), constant(info, "n").value());
        assertEquals(new Constant.Int(BigInteger.valueOf(5)), constant(info, "m").value());
    }
}
