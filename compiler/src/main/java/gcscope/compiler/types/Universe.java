package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** Predeclared types (shared, immutable) and a factory for the predeclared scope of one check. */
public final class Universe {
    private Universe() {}

    public static final Type.Basic INVALID = new Type.Basic(BasicKind.INVALID);
    public static final Type.Basic BOOL = new Type.Basic(BasicKind.BOOL);
    public static final Type.Basic INT = new Type.Basic(BasicKind.INT);
    public static final Type.Basic INT8 = new Type.Basic(BasicKind.INT8);
    public static final Type.Basic INT16 = new Type.Basic(BasicKind.INT16);
    public static final Type.Basic INT32 = new Type.Basic(BasicKind.INT32);
    public static final Type.Basic INT64 = new Type.Basic(BasicKind.INT64);
    public static final Type.Basic UINT = new Type.Basic(BasicKind.UINT);
    public static final Type.Basic UINT8 = new Type.Basic(BasicKind.UINT8);
    public static final Type.Basic UINT16 = new Type.Basic(BasicKind.UINT16);
    public static final Type.Basic UINT32 = new Type.Basic(BasicKind.UINT32);
    public static final Type.Basic UINT64 = new Type.Basic(BasicKind.UINT64);
    public static final Type.Basic UINTPTR = new Type.Basic(BasicKind.UINTPTR);
    public static final Type.Basic FLOAT32 = new Type.Basic(BasicKind.FLOAT32);
    public static final Type.Basic FLOAT64 = new Type.Basic(BasicKind.FLOAT64);
    public static final Type.Basic STRING = new Type.Basic(BasicKind.STRING);
    public static final Type.Basic UNTYPED_BOOL = new Type.Basic(BasicKind.UNTYPED_BOOL);
    public static final Type.Basic UNTYPED_INT = new Type.Basic(BasicKind.UNTYPED_INT);
    public static final Type.Basic UNTYPED_RUNE = new Type.Basic(BasicKind.UNTYPED_RUNE);
    public static final Type.Basic UNTYPED_FLOAT = new Type.Basic(BasicKind.UNTYPED_FLOAT);
    public static final Type.Basic UNTYPED_STRING = new Type.Basic(BasicKind.UNTYPED_STRING);
    public static final Type.Basic UNTYPED_NIL = new Type.Basic(BasicKind.UNTYPED_NIL);

    /** {@code interface{}} / {@code any}. */
    public static final InterfaceType EMPTY_INTERFACE = new InterfaceType(List.of(), List.of());

    /** The predeclared {@code error} type: {@code interface { Error() string }}. */
    public static final Named ERROR;

    static {
        TypeSymbol sym = new TypeSymbol("error", SourcePos.NONE, null, -1, false);
        ERROR = new Named(sym, null);
        sym.setType(ERROR);
        ERROR.setUnderlying(new InterfaceType(List.of(new InterfaceType.Method("Error",
                new Type.Signature(List.of(), List.of(new Type.Param("", STRING)), false))), List.of()));
    }

    /** Fills a fresh scope with the predeclared identifiers; ids come from {@code ids}. */
    static void populate(Scope scope, IdSource ids) {
        Object[][] basics = {
                {"bool", BOOL}, {"int", INT}, {"int8", INT8}, {"int16", INT16}, {"int32", INT32}, {"int64", INT64},
                {"uint", UINT}, {"uint8", UINT8}, {"uint16", UINT16}, {"uint32", UINT32}, {"uint64", UINT64},
                {"uintptr", UINTPTR}, {"float32", FLOAT32}, {"float64", FLOAT64}, {"string", STRING},
                {"byte", UINT8}, {"rune", INT32}, {"any", EMPTY_INTERFACE},
        };
        for (Object[] b : basics) {
            String n = (String) b[0];
            boolean alias = n.equals("byte") || n.equals("rune") || n.equals("any");
            scope.insert(new TypeSymbol(n, SourcePos.NONE, (Type) b[1], ids.next(), alias));
        }
        scope.insert(ERROR.symbol());
        scope.insert(new ConstSymbol("true", SourcePos.NONE, UNTYPED_BOOL, new Constant.Bool(true), ids.next()));
        scope.insert(new ConstSymbol("false", SourcePos.NONE, UNTYPED_BOOL, new Constant.Bool(false), ids.next()));
        scope.insert(new ConstSymbol("iota", SourcePos.NONE, UNTYPED_INT, new Constant.Int(java.math.BigInteger.ZERO), ids.next()));
        scope.insert(new NilSymbol(ids.next()));
        for (Builtin b : Builtin.values()) scope.insert(new BuiltinSymbol(b, ids.next()));
    }
}
