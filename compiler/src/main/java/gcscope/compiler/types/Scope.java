package gcscope.compiler.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope: names to symbols, with a parent link. {@code funcOwner} marks function boundaries. */
final class Scope {
    final Scope parent;
    final Object funcOwner;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Scope(Scope parent, Object funcOwner) {
        this.parent = parent;
        this.funcOwner = funcOwner;
    }

    /** Inserts and returns the previous symbol of that name in this scope (null if none). */
    Symbol insert(Symbol s) {
        return symbols.putIfAbsent(s.name(), s);
    }

    Symbol lookupLocal(String name) {
        return symbols.get(name);
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) return sym;
        }
        return null;
    }

    /** The scope in which {@code name} is found (for capture analysis), or null. */
    Scope scopeOf(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.symbols.containsKey(name)) return s;
        }
        return null;
    }

    Iterable<Symbol> symbols() {
        return symbols.values();
    }
}
