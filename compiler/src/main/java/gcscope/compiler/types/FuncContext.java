package gcscope.compiler.types;

import gcscope.compiler.ast.Node;
import gcscope.compiler.ast.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-function state while checking a body: owner, signature, enclosing function, breakable statements, labels. */
final class FuncContext {
    final Node owner;
    final Type.Signature sig;
    final FuncContext parent;
    final boolean namedResults;
    final List<VarSymbol> captures = new ArrayList<>();
    /** Enclosing breakable statements, innermost last. */
    final List<Breakable> breakables = new ArrayList<>();
    final Map<String, Stmt.Labeled> labels = new HashMap<>();
    final Map<String, Boolean> labelUsed = new HashMap<>();

    record Breakable(Stmt stmt, String label, boolean loop) {}

    FuncContext(Node owner, Type.Signature sig, FuncContext parent, boolean namedResults) {
        this.owner = owner;
        this.sig = sig;
        this.parent = parent;
        this.namedResults = namedResults;
    }
}
