package gcscope.compiler.codegen;

import org.junit.jupiter.api.Test;

/** Regressions fixed by COMPILER-2; expected outputs follow the Go specification (Go 1.22 wording). */
class CompilerFixesTest {

    @Test
    void untypedFloatConstantArithmeticIsExact() {
        // Go: untyped constant expressions are evaluated exactly, so 1.0/3*3 is exactly 1
        EndToEndTest.expect("""
                package main

                import "fmt"

                const third = 1.0 / 3

                func main() {
                	fmt.Println(third*3 == 1, 0.1+0.2 == 0.3, 1/3.0+1/3.0+1/3.0 == 1)
                	var f float64 = third * 3
                	fmt.Println(f)
                	const big = 1e300 * 1e300 / 1e300
                	fmt.Println(big == 1e300)
                }
                """, "true true true\n1\ntrue\n");
    }
}
