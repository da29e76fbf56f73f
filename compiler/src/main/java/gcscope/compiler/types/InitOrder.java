package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level variable initialisation order (Go specification, "Package initialization"): repeatedly the
 * earliest variable in declaration order that has no dependency on an uninitialised variable, where
 * dependencies are followed transitively through the functions and methods a variable's initialiser refers to.
 */
final class InitOrder {
    private final Checker c;

    InitOrder(Checker c) {
        this.c = c;
    }

    void compute() {
        List<Checker.VarDeclInfo> specs = new ArrayList<>();
        Map<Checker.VarDeclInfo, Boolean> seen = new IdentityHashMap<>();
        for (VarSymbol v : c.info.globals) {
            Object d = c.pkgDecls.get(v);
            if (d instanceof Checker.VarDeclInfo vi && seen.put(vi, Boolean.TRUE) == null) specs.add(vi);
        }
        Map<VarSymbol, Set<VarSymbol>> varDeps = new IdentityHashMap<>();
        for (Checker.VarDeclInfo vi : specs) {
            Set<VarSymbol> out = new LinkedHashSet<>();
            Set<Symbol> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            walk(vi.lhs().get(0), out, visited, true);
            for (VarSymbol v : vi.lhs()) varDeps.put(v, out);
        }
        Set<VarSymbol> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Checker.VarDeclInfo> pending = new ArrayList<>(specs);
        while (!pending.isEmpty()) {
            Checker.VarDeclInfo next = null;
            for (Checker.VarDeclInfo vi : pending) {
                boolean ready = true;
                for (VarSymbol d : varDeps.get(vi.lhs().get(0))) {
                    if (!done.contains(d) && !vi.lhs().contains(d)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = vi;
                    break;
                }
            }
            if (next == null) {
                Checker.VarDeclInfo first = pending.get(0);
                c.error(first.lhs().get(0).pos(), "initialization cycle or initialization loop involving " + first.lhs().get(0).name());
                return;
            }
            pending.remove(next);
            done.addAll(next.lhs());
            if (varDeps.get(next.lhs().get(0)).stream().anyMatch(next.lhs()::contains)) {
                c.error(next.lhs().get(0).pos(), "initialization cycle: " + next.lhs().get(0).name() + " refers to itself");
            }
            emit(next);
        }
    }

    private void emit(Checker.VarDeclInfo vi) {
        Decl.VarSpec s = vi.spec();
        if (s.values().isEmpty()) return;
        if (s.values().size() == vi.lhs().size()) {
            for (int i = 0; i < s.values().size(); i++) c.info.initOrder.add(new Initializer(List.of(vi.lhs().get(i)), s.values().get(i)));
        } else if (s.values().size() == 1) {
            c.info.initOrder.add(new Initializer(vi.lhs(), s.values().get(0)));
        }
    }

    private void walk(Symbol from, Set<VarSymbol> out, Set<Symbol> visited, boolean root) {
        if (!visited.add(from)) return;
        Set<Symbol> ds = c.deps.get(from);
        if (ds == null) return;
        for (Symbol d : ds) {
            if (d instanceof VarSymbol v) out.add(v);
            else walk(d, out, visited, false);
        }
    }
}
