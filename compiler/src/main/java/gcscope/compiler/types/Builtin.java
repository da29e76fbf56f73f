package gcscope.compiler.types;

/** The predeclared functions (Vo adds {@code assert}). */
public enum Builtin {
    APPEND("append"), CAP("cap"), CLEAR("clear"), CLOSE("close"), COPY("copy"), DELETE("delete"), LEN("len"),
    MAKE("make"), MAX("max"), MIN("min"), NEW("new"), PANIC("panic"), PRINT("print"), PRINTLN("println"),
    RECOVER("recover"), ASSERT("assert"), COMPLEX("complex"), REAL("real"), IMAG("imag");

    private final String goName;

    Builtin(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }
}
