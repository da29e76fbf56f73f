package gcscope.compiler.diag;

/** One compile error, in Go's wording where Go has one. Printed as {@code file:line:col: message}. */
public record Diagnostic(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
