package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.TypeExpr;
import gcscope.vm.bytecode.SourcePos;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Type declarations, type expressions, signatures, methods and the recursive-type check. */
final class TypeResolver {
    private final Checker c;
    private Named fmtStringer;

    TypeResolver(Checker c) {
        this.c = c;
    }

    TypeSymbol declareTypeName(Decl.TypeSpec s, Scope scope) {
        TypeSymbol ts = new TypeSymbol(s.name().name(), s.name().pos(), null, c.ids.next(), s.alias());
        if (!s.alias()) {
            Named n = new Named(ts, "main");
            ts.setType(n);
            c.info.namedTypes.add(n);
        }
        c.info.defs.put(s.name(), ts);
        c.declare(scope, ts, s.name());
        return ts;
    }

    void resolveTypeDecl(TypeSymbol ts, Decl.TypeSpec s) {
        resolveTypeDecl(ts, s, c.pkg);
    }

    void resolveTypeDecl(TypeSymbol ts, Decl.TypeSpec s, Scope scope) {
        if (s.alias()) {
            if (s.type() instanceof TypeExpr.Enum) c.error(s.pos(), "an enum type cannot be an alias");
            ts.setType(resolve(s.type(), scope));
            return;
        }
        Named n = (Named) ts.type();
        if (s.type() instanceof TypeExpr.Enum e) {
            EnumType et = new EnumType();
            et.setNamed(n);
            n.setUnderlying(et);
            c.info.typeExprs.put(e, et);
            List<EnumType.Variant> vs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TypeExpr.Variant v : e.variants()) {
                if (!seen.add(v.name().name())) c.error(v.name(), "variant " + v.name().name() + " redeclared in enum " + ts.name());
                List<Type.Field> fields = new ArrayList<>();
                Set<String> fnames = new HashSet<>();
                for (TypeExpr.Field f : v.fields()) {
                    Type ft = resolve(f.type(), scope);
                    if (f.type() instanceof TypeExpr.Ellipsis) c.error(f.type(), "invalid use of ... in enum variant");
                    if (f.names().isEmpty()) fields.add(new Type.Field("_" + fields.size(), ft, false, null));
                    for (Expr.Ident id : f.names()) {
                        if (!id.isBlank() && !fnames.add(id.name())) c.error(id, "duplicate field " + id.name() + " in variant " + v.name().name());
                        fields.add(new Type.Field(id.name(), ft, false, null));
                    }
                }
                vs.add(new EnumType.Variant(v.name().name(), vs.size(), List.copyOf(fields)));
            }
            if (vs.isEmpty()) c.error(s.pos(), "enum " + ts.name() + " has no variants");
            et.setVariants(vs);
            return;
        }
        n.setUnderlying(Universe.INVALID);
        Type t = resolve(s.type(), scope);
        if (t instanceof Named other && !other.hasUnderlying() && other != n) c.resolve(other.symbol());
        Type u = t.underlying();
        if (t instanceof Named other && !other.hasUnderlying()) u = Universe.INVALID;
        if (t == n) {
            c.error(s.name(), "invalid recursive type " + ts.name());
            u = Universe.INVALID;
        }
        n.setUnderlying(u);
    }

    Type resolve(TypeExpr t, Scope scope) {
        Type r = resolve0(t, scope);
        c.info.typeExprs.put(t, r);
        return r;
    }

    private Type resolve0(TypeExpr t, Scope scope) {
        if (t instanceof TypeExpr.Name n) return typeName(n.ident(), scope);
        if (t instanceof TypeExpr.Qualified q) {
            Symbol p = scope.lookup(q.pkg().name());
            if (p instanceof PackageSymbol ps) {
                ps.used = true;
                c.info.uses.put(q.pkg(), ps);
                if (q.name().name().equals("Stringer")) return stringer();
                c.error(q.name(), "undefined: " + q.pkg().name() + "." + q.name().name());
                return Universe.INVALID;
            }
            if (p == null && c.unsupportedPackages.contains(q.pkg().name())) return Universe.INVALID;
            c.error(q.pkg(), p == null ? "undefined: " + q.pkg().name() : q.pkg().name() + "." + q.name().name() + " is not a type");
            return Universe.INVALID;
        }
        if (t instanceof TypeExpr.Pointer p) return new Type.Pointer(resolve(p.elem(), scope));
        if (t instanceof TypeExpr.Slice s) return new Type.Slice(resolve(s.elem(), scope));
        if (t instanceof TypeExpr.Array a) {
            Type elem = resolve(a.elem(), scope);
            if (a.len() == null) {
                c.error(a, "invalid use of [...] array (outside a composite literal)");
                return Universe.INVALID;
            }
            long len = arrayLength(a.len(), scope);
            if (len < 0) return Universe.INVALID;
            Type.Array arr = new Type.Array(len, elem);
            if (elementCount(arr) > MAX_ARRAY_ELEMENTS) {
                c.error(a, "array type " + arr + " is too large (GcScope arrays hold at most " + MAX_ARRAY_ELEMENTS + " elements)");
                return Universe.INVALID;
            }
            return arr;
        }
        if (t instanceof TypeExpr.Map m) {
            Type k = resolve(m.key(), scope), v = resolve(m.value(), scope);
            if (!Types.isInvalid(k) && !Types.isInvalid(k.underlying()) && !Types.comparable(k))
                c.error(m.key(), "invalid map key type " + k);
            return new Type.MapType(k, v);
        }
        if (t instanceof TypeExpr.Chan ch) {
            Type.ChanDir d = switch (ch.dir()) { case BOTH -> Type.ChanDir.BOTH; case SEND -> Type.ChanDir.SEND; case RECV -> Type.ChanDir.RECV; };
            return new Type.Chan(d, resolve(ch.elem(), scope));
        }
        if (t instanceof TypeExpr.Ellipsis e) {
            c.error(e, "invalid use of ...");
            return new Type.Slice(resolve(e.elem(), scope));
        }
        if (t instanceof TypeExpr.Func f) return signature(f, scope);
        if (t instanceof TypeExpr.Struct s) return struct(s, scope);
        if (t instanceof TypeExpr.Interface i) return iface(i, scope);
        if (t instanceof TypeExpr.Enum e) {
            c.error(e, "an enum type must be declared with a name (type Name enum {...})");
            return Universe.INVALID;
        }
        if (t instanceof TypeExpr.Paren p) return resolve(p.type(), scope);
        return Universe.INVALID;
    }

    private Type typeName(Expr.Ident id, Scope scope) {
        Symbol s = scope.lookup(id.name());
        if (s == null) {
            if (c.unsupportedPackages.contains(id.name())) return Universe.INVALID;
            if (id.name().equals("complex64") || id.name().equals("complex128")) c.error(id, "complex numbers are not supported (" + id.name() + ")");
            else c.error(id, "undefined: " + id.name());
            return Universe.INVALID;
        }
        c.info.uses.put(id, s);
        if (!(s instanceof TypeSymbol ts)) {
            c.error(id, id.name() + " is not a type");
            return Universe.INVALID;
        }
        if (ts.isAlias() && ts.type() == null) c.resolve(ts);
        return ts.type() == null ? Universe.INVALID : ts.type();
    }

    private Named stringer() {
        if (fmtStringer == null) {
            TypeSymbol ts = new TypeSymbol("Stringer", SourcePos.NONE, null, c.ids.next(), false);
            fmtStringer = new Named(ts, "fmt");
            ts.setType(fmtStringer);
            fmtStringer.setUnderlying(new InterfaceType(List.of(new InterfaceType.Method("String",
                    new Type.Signature(List.of(), List.of(new Type.Param("", Universe.STRING)), false))), List.of()));
        }
        return fmtStringer;
    }

    /** Largest number of scalar elements an array type may have (its values are laid out slot by slot). */
    static final long MAX_ARRAY_ELEMENTS = 1 << 20;

    /** Elements of {@code a}, counting nested arrays through; saturates instead of overflowing. */
    private static long elementCount(Type.Array a) {
        long n = a.length();
        Type e = a.elem();
        Type u = e == null ? null : e.underlying();
        if (u instanceof Type.Array inner) {
            long m = elementCount(inner);
            if (n != 0 && m > Long.MAX_VALUE / n) return Long.MAX_VALUE;
            return n * m;
        }
        return n;
    }

    long arrayLength(Expr e, Scope scope) {
        Operand x = c.exprs.expr(e, scope);
        if (x.invalid()) return -1;
        if (x.mode != Operand.Mode.CONSTANT) {
            c.error(e, "array length " + x.describe() + " must be constant");
            return -1;
        }
        BigInteger v = ConstOps.toInt(x.val);
        if (v == null || !(Types.isInteger(x.type) || Types.isUntyped(x.type))) {
            c.error(e, "array length " + x.describe() + " must be integer");
            return -1;
        }
        if (v.signum() < 0 || v.bitLength() > 40) {
            c.error(e, "invalid array length " + Printer(e));
            return -1;
        }
        if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.INT);
        return v.longValue();
    }

    private static String Printer(Expr e) {
        return gcscope.compiler.ast.Printer.expr(e);
    }

    private Type struct(TypeExpr.Struct s, Scope scope) {
        List<Type.Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TypeExpr.Field f : s.fields()) {
            Type ft = resolve(f.type(), scope);
            if (f.embedded()) {
                TypeExpr te = f.type();
                if (te instanceof TypeExpr.Pointer p) te = p.elem();
                String name = te instanceof TypeExpr.Name n ? n.ident().name() : te instanceof TypeExpr.Qualified q ? q.name().name() : "?";
                if (ft instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Pointer)
                    c.error(f.type(), "embedded field type cannot be a pointer to a pointer");
                if (ft instanceof Type.Pointer p && Types.isInterface(p.elem()))
                    c.error(f.type(), "embedded field type cannot be a pointer to an interface");
                if (!names.add(name)) c.error(f.pos(), name + " redeclared");
                fields.add(new Type.Field(name, ft, true, f.tag()));
            } else {
                for (Expr.Ident id : f.names()) {
                    if (!id.isBlank() && !names.add(id.name())) c.error(id, id.name() + " redeclared");
                    fields.add(new Type.Field(id.name(), ft, false, f.tag()));
                }
            }
        }
        return new Type.Struct(List.copyOf(fields));
    }

    private Type iface(TypeExpr.Interface i, Scope scope) {
        List<InterfaceType.Method> ms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TypeExpr.Method m : i.methods()) {
            if (!names.add(m.name().name())) c.error(m.name(), "duplicate method " + m.name().name());
            ms.add(new InterfaceType.Method(m.name().name(), signature(m.type(), scope)));
        }
        List<Type> embeds = new ArrayList<>();
        for (TypeExpr e : i.embeds()) {
            Type t = resolve(e, scope);
            if (t instanceof Named n && !n.hasUnderlying() && n.symbol().pos() != SourcePos.NONE) {
                c.resolve(n.symbol());
            }
            if (Types.isInvalid(t)) continue;
            if (t instanceof Named nn && Types.isInvalid(nn.underlying())) {
                embeds.add(t); // still being declared (recursive interface); its methods are collected lazily
                continue;
            }
            if (!(t.underlying() instanceof InterfaceType)) {
                c.error(e, "cannot use " + t + " in interface (not an interface type)");
                continue;
            }
            embeds.add(t);
        }
        return new InterfaceType(ms, embeds);
    }

    Type.Signature signature(TypeExpr.Func f, Scope scope) {
        List<Type.Param> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < f.params().size(); i++) {
            TypeExpr.Field p = f.params().get(i);
            Type t;
            if (p.type() instanceof TypeExpr.Ellipsis e) {
                if (i != f.params().size() - 1 || p.names().size() > 1) c.error(e, "can only use ... with final parameter in list");
                else variadic = true;
                t = new Type.Slice(resolve(e.elem(), scope));
                c.info.typeExprs.put(e, t);
            } else t = resolve(p.type(), scope);
            if (p.names().isEmpty()) params.add(new Type.Param("", t));
            for (Expr.Ident n : p.names()) params.add(new Type.Param(n.name(), t));
        }
        List<Type.Param> results = new ArrayList<>();
        for (TypeExpr.Field r : f.results()) {
            Type t = resolve(r.type(), scope);
            if (r.names().isEmpty()) results.add(new Type.Param("", t));
            for (Expr.Ident n : r.names()) results.add(new Type.Param(n.name(), t));
        }
        Type.Signature sig = new Type.Signature(List.copyOf(params), List.copyOf(results), variadic);
        c.info.typeExprs.put(f, sig);
        return sig;
    }

    /** Binds a method to its receiver's named type (before any body is checked). */
    void attachMethod(FuncSymbol fn) {
        Decl.Func fd = fn.decl();
        TypeExpr rt = fd.recv().type();
        while (rt instanceof TypeExpr.Paren p) rt = p.type();
        boolean pointer = false;
        if (rt instanceof TypeExpr.Pointer p) {
            pointer = true;
            rt = p.elem();
            while (rt instanceof TypeExpr.Paren pp) rt = pp.type();
        }
        Named base = null;
        if (rt instanceof TypeExpr.Name n) {
            Symbol s = c.pkg.lookup(n.ident().name());
            c.info.uses.put(n.ident(), s);
            if (s instanceof TypeSymbol ts) {
                Type t = ts.type();
                if (t instanceof Named nn && nn.pkg() != null && nn.pkg().equals("main")) base = nn;
                else if (t instanceof Named) {
                    c.error(n, "cannot define new methods on non-local type " + t);
                    return;
                }
            } else if (s == null) {
                c.error(n, "undefined: " + n.ident().name());
                return;
            }
        }
        if (base == null) {
            c.error(fd.recv().type(), "invalid receiver type " + gcscope.compiler.ast.Printer.type(fd.recv().type()));
            return;
        }
        Type u = base.underlying();
        if (u instanceof Type.Pointer || u instanceof InterfaceType) {
            c.error(fd.recv().type(), "invalid receiver type " + base + " (pointer or interface type)");
            return;
        }
        if (!fd.name().isBlank()) {
            FuncSymbol prior = base.method(fd.name().name());
            if (prior != null) {
                c.errorAt(fd.name(), "method " + base.name() + "." + fd.name().name() + " already declared", prior.pos());
                return;
            }
            if (u instanceof Type.Struct st && st.indexOf(fd.name().name()) >= 0) {
                c.error(fd.name(), "field and method with the same name " + fd.name().name());
                return;
            }
            base.addMethod(fn);
        }
        String rname = fd.recv().names().isEmpty() ? "_" : fd.recv().names().get(0).name();
        SourcePos rpos = fd.recv().names().isEmpty() ? fd.recv().pos() : fd.recv().names().get(0).pos();
        Type recvType = pointer ? new Type.Pointer(base) : base;
        VarSymbol rv = new VarSymbol(rname, rpos, recvType, VarSymbol.Kind.RECEIVER, c.ids.next(), fd);
        fn.setReceiver(base, pointer, rv);
        c.info.typeExprs.put(fd.recv().type(), recvType);
        if (!fd.recv().names().isEmpty()) c.info.defs.put(fd.recv().names().get(0), rv);
    }

    void methodSignature(FuncSymbol fn, Decl.Func fd) {
        fn.setSignature(signature(fd.type(), c.pkg));
    }

    /** Reports {@code invalid recursive type} for types that contain themselves by value. */
    void checkRecursiveTypes() {
        Map<Named, Integer> color = new IdentityHashMap<>();
        for (Named n : List.copyOf(c.info.namedTypes)) visit(n, color, 0);
    }

    private boolean visit(Type t, Map<Named, Integer> color, int depth) {
        if (depth > 200) return false;
        if (t instanceof Named n) {
            int st = color.getOrDefault(n, 0);
            if (st == 1) return true;
            if (st == 2) return false;
            color.put(n, 1);
            boolean cyc = visit(n.underlying(), color, depth + 1);
            if (cyc && n.symbol().pos() != SourcePos.NONE) {
                c.error(n.symbol().pos(), "invalid recursive type " + n.name());
                n.setUnderlying(Universe.INVALID);
                cyc = false;
            }
            color.put(n, 2);
            return cyc;
        }
        if (t instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) if (visit(f.type(), color, depth + 1)) return true;
        }
        if (t instanceof Type.Array a) return visit(a.elem(), color, depth + 1);
        return false;
    }
}
