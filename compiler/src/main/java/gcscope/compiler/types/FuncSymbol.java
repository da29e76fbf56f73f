package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.vm.bytecode.SourcePos;

/**
 * A declared function or method. For a method, {@link #receiverBase()} is the named type and
 * {@link #pointerReceiver()} tells whether the receiver is {@code *T}. The signature excludes the receiver.
 */
public final class FuncSymbol implements Symbol {
    private final String name;
    private final SourcePos pos;
    private Type.Signature signature;
    private final int id;
    private final Decl.Func decl;
    private Named receiverBase;
    private boolean pointerReceiver;
    private VarSymbol receiver;

    public FuncSymbol(String name, SourcePos pos, Type.Signature signature, int id, Decl.Func decl) {
        this.name = name;
        this.pos = pos;
        this.signature = signature;
        this.id = id;
        this.decl = decl;
    }

    public String name() { return name; }
    public SourcePos pos() { return pos; }
    public Type type() { return signature; }
    public Type.Signature signature() { return signature; }
    public int id() { return id; }
    public Decl.Func decl() { return decl; }
    public boolean isMethod() { return receiverBase != null; }
    public Named receiverBase() { return receiverBase; }
    public boolean pointerReceiver() { return pointerReceiver; }

    /** The receiver variable (null for functions; a blank or unnamed receiver still gets one). */
    public VarSymbol receiver() { return receiver; }

    /** The receiver type as declared: {@code T} or {@code *T}. */
    public Type receiverType() {
        if (receiverBase == null) return null;
        return pointerReceiver ? new Type.Pointer(receiverBase) : receiverBase;
    }

    /** Go's full name as stack traces print it: {@code main.f}, {@code main.T.M}, {@code main.(*T).M}. */
    public String qualifiedName() {
        if (receiverBase == null) return "main." + name;
        return pointerReceiver ? "main.(*" + receiverBase.name() + ")." + name : "main." + receiverBase.name() + "." + name;
    }

    void setSignature(Type.Signature s) { this.signature = s; }

    void setReceiver(Named base, boolean pointer, VarSymbol recv) {
        this.receiverBase = base;
        this.pointerReceiver = pointer;
        this.receiver = recv;
    }

    @Override
    public String toString() {
        return "func " + qualifiedName();
    }
}
