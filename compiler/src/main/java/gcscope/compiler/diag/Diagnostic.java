package gcscope.compiler.diag;

/**
 * One compile error, in Go's wording where Go has one. Printed as {@code file:line:col: message}. Like Go, a few
 * messages carry detail lines after the first ({@code "not enough arguments in call to f\n\thave (number)\n\twant
 * (int, string)"}); a one-line display can cut the message at the first newline.
 */
public record Diagnostic(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
