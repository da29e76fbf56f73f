package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;

import java.util.List;

/** One package-level initialisation step: {@code lhs = rhs} ({@code lhs} has several vars for {@code a, b = f()}). */
public record Initializer(List<VarSymbol> lhs, Expr rhs) {
    public Initializer {
        lhs = List.copyOf(lhs);
    }
}
