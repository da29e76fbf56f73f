package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the checker learned about one file, for CODEGEN. All maps are keyed by node identity.
 * Filled by the {@link Checker}; read-only afterwards (the package-private mutators are the checker's).
 */
public final class TypeInfo {
    final Map<Expr, Type> types = new IdentityHashMap<>();
    final Map<Expr, Constant> constants = new IdentityHashMap<>();
    final Map<Expr, Type> implicitConversions = new IdentityHashMap<>();
    final Map<TypeExpr, Type> typeExprs = new IdentityHashMap<>();
    final Map<Expr.Ident, Symbol> defs = new IdentityHashMap<>();
    final Map<Expr.Ident, Symbol> uses = new IdentityHashMap<>();
    final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    final Map<Expr.Call, CallKind> callKinds = new IdentityHashMap<>();
    final Map<Expr.Call, Builtin> builtins = new IdentityHashMap<>();
    final Map<Object, VarSymbol> implicits = new IdentityHashMap<>();
    final Map<Expr.FuncLit, List<VarSymbol>> captures = new IdentityHashMap<>();
    final Map<Expr.FuncLit, Type.Signature> funcLitSignatures = new IdentityHashMap<>();
    final Map<Decl.Func, FuncSymbol> funcs = new IdentityHashMap<>();
    final Map<Stmt.Branch, Stmt> branchTargets = new IdentityHashMap<>();
    final Map<Stmt.MatchClause, EnumType.Variant> matchVariants = new IdentityHashMap<>();
    final Map<Stmt.Match, Boolean> exhaustive = new IdentityHashMap<>();
    final List<Initializer> initOrder = new ArrayList<>();
    final List<FuncSymbol> functions = new ArrayList<>();
    final List<Named> namedTypes = new ArrayList<>();
    final List<VarSymbol> globals = new ArrayList<>();
    final SourceFile file;

    TypeInfo(SourceFile file) {
        this.file = file;
    }

    public SourceFile file() { return file; }

    /**
     * The type of an expression. For an untyped constant this is the type it was finally converted to
     * (the default type when nothing else decides: {@code x := 1} gives int); for {@code nil} the type it is
     * used as. For a multi-value call a {@link Type.Tuple}. For an expression that denotes a type, that type
     * (check {@link #isType}). Null for nodes never checked (after errors).
     */
    public Type typeOf(Expr e) { return types.get(e); }

    /** The exact value of a constant expression, already converted to {@link #typeOf}; null if not constant. */
    public Constant constantOf(Expr e) { return constants.get(e); }

    /**
     * When non-null, the value of {@code e} (of type {@link #typeOf}) must be converted to this interface type
     * where it is used (assignment, argument, return, composite element, send, comparison with an interface,
     * map key/index...). Never set when {@code e} already has an interface type... except interface to a
     * different interface type, which needs no runtime work.
     */
    public Type implicitConversion(Expr e) { return implicitConversions.get(e); }

    /** The type denoted by a type expression. */
    public Type typeOf(TypeExpr t) { return typeExprs.get(t); }

    /** True when the expression denotes a type (conversion callee, composite type, make/new argument). */
    public boolean isType(Expr e) {
        if (e instanceof Expr.TypeOperand) return true;
        if (e instanceof Expr.Ident id) return symbolOf(id) instanceof TypeSymbol;
        if (e instanceof Expr.Paren p) return isType(p.x());
        if (e instanceof Expr.Star s) return isType(s.x());
        return false;
    }

    /** The symbol an identifier declares or refers to (null for blank identifiers and unresolved names). */
    public Symbol symbolOf(Expr.Ident id) {
        Symbol s = defs.get(id);
        return s != null ? s : uses.get(id);
    }

    /** The symbol an identifier declares (only for defining occurrences). */
    public Symbol defOf(Expr.Ident id) { return defs.get(id); }

    public Selection selectionOf(Expr.Selector s) { return selections.get(s); }

    public CallKind callKind(Expr.Call c) { return callKinds.get(c); }

    public Builtin builtinOf(Expr.Call c) { return builtins.get(c); }

    /** The variable a type-switch clause binds ({@code switch v := x.(type)}), one per clause. */
    public VarSymbol implicitOf(Stmt.TypeCaseClause clause) { return implicits.get(clause); }

    /** Variables of enclosing functions captured by a function literal (by reference), in first-use order. */
    public List<VarSymbol> capturesOf(Expr.FuncLit f) { return captures.getOrDefault(f, List.of()); }

    public Type.Signature signatureOf(Expr.FuncLit f) { return funcLitSignatures.get(f); }

    public FuncSymbol funcOf(Decl.Func f) { return funcs.get(f); }

    /** The statement a break/continue/fallthrough leaves or continues (For, Range, Switch, TypeSwitch, Match, or the next case). */
    public Stmt targetOf(Stmt.Branch b) { return branchTargets.get(b); }

    public EnumType.Variant variantOf(Stmt.MatchClause c) { return matchVariants.get(c); }

    /** Package-level variable initialisation in Go's dependency order. */
    public List<Initializer> initOrder() { return Collections.unmodifiableList(initOrder); }

    /** All declared functions and methods in source order. */
    public List<FuncSymbol> functions() { return Collections.unmodifiableList(functions); }

    /** All defined types (package-level and local) in declaration order. */
    public List<Named> namedTypes() { return Collections.unmodifiableList(namedTypes); }

    /** All package-level variables in declaration order. */
    public List<VarSymbol> globals() { return Collections.unmodifiableList(globals); }

    /** Every variable declared in the file that escapes (CODEGEN boxes these). */
    public List<VarSymbol> escapingVariables() {
        List<VarSymbol> out = new ArrayList<>();
        for (Symbol s : defs.values()) if (s instanceof VarSymbol v && v.escapes()) out.add(v);
        for (VarSymbol v : implicits.values()) if (v.escapes()) out.add(v);
        return out;
    }
}
