package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Node;
import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.bytecode.SourcePos;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type checker for one file: resolves names, computes types and constant values, checks Go's rules and
 * reports diagnostics in Go's wording; produces the {@link TypeInfo} CODEGEN consumes. Never throws.
 */
public final class Checker {
    private static final java.util.regex.Pattern MAIN_QUALIFIER = java.util.regex.Pattern.compile("(?<![\\w\"])main\\.");
    final String file;
    final List<Diagnostic> diagnostics;
    final TypeInfo info;
    final IdSource ids = new IdSource();
    final Scope universe = new Scope(null, null);
    final Scope pkg;
    final TypeResolver types = new TypeResolver(this);
    final ExprChecker exprs = new ExprChecker(this);
    final CallChecker calls = new CallChecker(this);
    final StmtChecker stmts = new StmtChecker(this);
    final Assignments assign = new Assignments(this);

    /** Package-level declaration of each package-level symbol, for lazy (dependency-ordered) checking. */
    final Map<Symbol, Object> pkgDecls = new IdentityHashMap<>();
    /** Package-level symbols in source order. */
    private final List<Symbol> pkgOrder = new ArrayList<>();
    private final Map<Symbol, Integer> state = new IdentityHashMap<>();
    /** Package-level vars and funcs each package-level var/func refers to (for the init order). */
    final Map<Symbol, Set<Symbol>> deps = new IdentityHashMap<>();
    /** The package-level var or func whose declaration is being checked (dependency owner), or null. */
    Symbol depOwner;
    private final List<PackageSymbol> imports = new ArrayList<>();

    private Checker(SourceFile file, List<Diagnostic> diagnostics) {
        this.file = file.fileName();
        this.diagnostics = diagnostics;
        this.info = new TypeInfo(file);
        Universe.populate(universe, ids);
        this.pkg = new Scope(universe, null);
    }

    /** Checks a parsed file; diagnostics are appended (unsorted) to {@code diagnostics}. */
    public static TypeInfo check(SourceFile file, List<Diagnostic> diagnostics) {
        Checker c = new Checker(file, diagnostics);
        try {
            c.run(file);
        } catch (StackOverflowError e) {
            c.error(new SourcePos(1, 1), "expression nested too deeply");
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("gcscope.debug")) e.printStackTrace();
            c.error(new SourcePos(1, 1), "internal compiler error: " + e);
        }
        return c.info;
    }

    void error(SourcePos p, String msg) {
        // Go prints types of the package being checked unqualified in diagnostics (T, not main.T)
        msg = MAIN_QUALIFIER.matcher(msg).replaceAll("");
        diagnostics.add(new Diagnostic(file, p.line(), p.column(), msg));
    }

    /** An error whose message ends with {@code at file:line:col} of another declaration (kept verbatim). */
    void errorAt(Node n, String msg, SourcePos other) {
        SourcePos p = n instanceof Expr e ? gcscope.compiler.ast.Exprs.start(e) : n.pos();
        msg = MAIN_QUALIFIER.matcher(msg).replaceAll("");
        diagnostics.add(new Diagnostic(file, p.line(), p.column(),
                msg + " at " + file + ":" + other.line() + ":" + other.column()));
    }

    void error(Node n, String msg) {
        error(n instanceof Expr e ? gcscope.compiler.ast.Exprs.start(e) : n.pos(), msg);
    }

    /** Names of imported packages already reported as unsupported: their uses are not reported again. */
    final java.util.Set<String> unsupportedPackages = new java.util.HashSet<>();

    private void run(SourceFile f) {
        if (!f.packageName().name().equals("main")) error(f.packageName(), "package " + f.packageName().name() + " is not supported (the program must be package main)");
        for (Decl.Import imp : f.imports()) {
            for (Decl.ImportSpec s : imp.specs()) {
                if (!s.path().equals("fmt")) {
                    error(s.pos(), "package \"" + s.path() + "\" is not supported (only \"fmt\" can be imported)");
                    String path = s.path();
                    unsupportedPackages.add(s.alias() != null ? s.alias().name() : path.substring(path.lastIndexOf('/') + 1));
                    continue;
                }
                String name = s.alias() != null ? s.alias().name() : "fmt";
                if (name.equals(".") || name.equals("_")) {
                    error(s.pos(), "import of \"fmt\" with name " + name + " is not supported");
                    continue;
                }
                PackageSymbol p = new PackageSymbol(name, "fmt", s.pos(), ids.next());
                if (declare(pkg, p, s.alias() != null ? s.alias() : null)) imports.add(p);
            }
        }
        collect(f);
        // types first (so methods can be attached), then everything else lazily in source order
        for (Symbol s : pkgOrder) if (s instanceof TypeSymbol) resolve(s);
        for (FuncSymbol m : methods) types.attachMethod(m);
        for (FuncSymbol m : methods) resolve(m);
        types.checkRecursiveTypes();
        for (Symbol s : pkgOrder) resolve(s);
        for (FuncSymbol fn : info.functions) {
            if (fn.decl() != null && fn.decl().body() != null) {
                Symbol saved = depOwner;
                depOwner = fn;
                stmts.funcBody(fn.decl(), fn.signature(), fn);
                depOwner = saved;
            }
        }
        stmts.reportUnused();
        if (mainMissing) error(new SourcePos(1, 1), "function main is undeclared in the main package");
        for (PackageSymbol p : imports) if (!p.used) error(p.pos(), "\"" + p.path() + "\" imported and not used");
        new InitOrder(this).compute();
    }

    private final List<FuncSymbol> methods = new ArrayList<>();
    private boolean mainMissing = true;

    private void collect(SourceFile f) {
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fd) {
                FuncSymbol fn = new FuncSymbol(fd.name().name(), fd.name().pos(), null, ids.next(), fd);
                info.funcs.put(fd, fn);
                info.defs.put(fd.name(), fn);
                if (fd.recv() != null) {
                    methods.add(fn);
                    addDecl(fn, fd);
                } else if (fd.name().name().equals("init")) {
                    if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())
                        error(fd.name(), "func init must have no arguments and no return values");
                    addDecl(fn, fd);
                } else {
                    if (fd.name().name().equals("main")) {
                        mainMissing = false;
                        if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty())
                            error(fd.name(), "func main must have no arguments and no return values");
                    }
                    if (!fd.name().isBlank()) declare(pkg, fn, fd.name());
                    addDecl(fn, fd);
                }
                info.functions.add(fn);
            } else if (d instanceof Decl.Type td) {
                for (Decl.TypeSpec s : td.specs()) {
                    TypeSymbol ts = types.declareTypeName(s, pkg);
                    addDecl(ts, s);
                }
            } else if (d instanceof Decl.Const cd) {
                for (ConstDeclInfo ci : ConstDeclInfo.expand(cd)) {
                    ConstSymbol cs = new ConstSymbol(ci.name().name(), ci.name().pos(), Universe.INVALID, null, ids.next());
                    info.defs.put(ci.name(), cs);
                    if (!ci.name().isBlank()) declare(pkg, cs, ci.name());
                    addDecl(cs, ci);
                }
            } else if (d instanceof Decl.Var vd) {
                for (Decl.VarSpec s : vd.specs()) {
                    List<VarSymbol> lhs = new ArrayList<>();
                    for (Expr.Ident n : s.names()) {
                        VarSymbol v = new VarSymbol(n.name(), n.pos(), null, VarSymbol.Kind.GLOBAL, ids.next(), null);
                        info.defs.put(n, v);
                        info.globals.add(v);
                        lhs.add(v);
                        if (!n.isBlank()) declare(pkg, v, n);
                    }
                    VarDeclInfo vi = new VarDeclInfo(s, lhs);
                    for (VarSymbol v : lhs) addDecl(v, vi);
                }
            }
        }
    }

    private void addDecl(Symbol s, Object decl) {
        pkgDecls.put(s, decl);
        pkgOrder.add(s);
    }

    /** One package-level var spec (shared by all its names). */
    record VarDeclInfo(Decl.VarSpec spec, List<VarSymbol> lhs) {}

    /** Declares in a scope; reports Go's redeclaration error and returns false when the name is taken. */
    boolean declare(Scope scope, Symbol s, Expr.Ident at) {
        if (s.name().equals("_")) return true;
        Symbol prev = scope.insert(s);
        if (prev != null) {
            SourcePos p = at != null ? at.pos() : s.pos();
            error(p, s.name() + " redeclared in this block");
            if (s instanceof VarSymbol v) v.markUsed();
            return false;
        }
        return true;
    }

    /** Ensures a package-level symbol is fully checked (0 unvisited, 1 in progress, 2 done). */
    void resolve(Symbol s) {
        Object decl = pkgDecls.get(s);
        if (decl == null) return;
        int st = state.getOrDefault(s, 0);
        if (st == 2) return;
        if (st == 1) {
            if (s instanceof ConstSymbol) {
                error(s.pos(), "initialization cycle or invalid recursive reference to " + s.name());
                ((ConstSymbol) s).set(Universe.INVALID, null);
            } else if (s instanceof TypeSymbol ts && ts.isAlias()) {
                error(s.pos(), "invalid recursive type alias " + s.name());
                ts.setType(Universe.INVALID);
            } else if (s instanceof VarSymbol v && v.type() == null) {
                error(s.pos(), "initialization cycle: " + s.name() + " refers to itself");
                v.setType(Universe.INVALID);
            }
            return;
        }
        state.put(s, 1);
        Symbol savedOwner = depOwner;
        try {
            if (s instanceof TypeSymbol ts) types.resolveTypeDecl(ts, (Decl.TypeSpec) decl);
            else if (s instanceof ConstSymbol cs) {
                depOwner = null;
                exprs.constDecl(cs, (ConstDeclInfo) decl, pkg);
            } else if (s instanceof VarSymbol) {
                VarDeclInfo vi = (VarDeclInfo) decl;
                depOwner = vi.lhs().get(0);
                for (VarSymbol v : vi.lhs()) state.put(v, 1);
                stmts.globalVarDecl(vi, pkg);
                for (VarSymbol v : vi.lhs()) state.put(v, 2);
            } else if (s instanceof FuncSymbol fn) {
                Decl.Func fd = (Decl.Func) decl;
                depOwner = null;
                if (fd.recv() == null) fn.setSignature(types.signature(fd.type(), pkg));
                else types.methodSignature(fn, fd);
            }
        } finally {
            depOwner = savedOwner;
            state.put(s, 2);
        }
    }

    /** Records that the current dependency owner refers to a package-level var or func. */
    void recordDep(Symbol target) {
        if (depOwner == null) return;
        if (target instanceof VarSymbol v && v.isGlobal() || target instanceof FuncSymbol) {
            deps.computeIfAbsent(depOwner, k -> new LinkedHashSet<>()).add(target);
        }
    }

    /** Resolves a type expression in a scope (records it in TypeInfo). */
    Type typeOf(TypeExpr t, Scope scope) {
        return types.resolve(t, scope);
    }
}
