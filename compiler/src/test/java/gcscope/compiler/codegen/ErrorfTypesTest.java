package gcscope.compiler.codegen;

import org.junit.jupiter.api.Test;

/** fmt.Errorf's dynamic types as Go 1.20+ makes them (first two lines confirmed with Debian's Go 1.19). */
class ErrorfTypesTest {

    @Test
    void errorfWithWrapVerbsHasFmtsWrapErrorTypes() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                type MyErr struct{ Code int }

                func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

                func main() {
                	base := &MyErr{5}
                	e1 := fmt.Errorf("layer1: %w", base)
                	e2 := fmt.Errorf("layer2: %w", e1)
                	e3 := fmt.Errorf("plain: %v", e1)
                	fmt.Printf("%T %T %T\\n", e1, e2, e3)
                	fmt.Println(e2, e1 == e1, e1 == e2, fmt.Errorf("x: %w", base) == fmt.Errorf("x: %w", base))
                	fmt.Printf("%T\\n", fmt.Errorf("%w + %w", base, e1))
                }
                """, """
                *fmt.wrapError *fmt.wrapError *errors.errorString
                layer2: layer1: code 5 true false false
                *fmt.wrapErrors
                """);
    }
}
