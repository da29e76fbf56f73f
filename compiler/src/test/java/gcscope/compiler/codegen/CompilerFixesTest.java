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

    @Test
    void packageLevelCommaOkInitialiserAssignsBothVariables() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                var m = map[string]int{"a": 7}
                var a, ok = m["a"]
                var b, found = m["b"]

                func main() {
                	fmt.Println(a, ok, b, found)
                }
                """, "7 true 0 false\n");
    }

    @Test
    void printBuiltinAcceptsMultiValueCall() {
        // print writes to standard error: the program must compile and finish
        Runner.Run r = Runner.run("""
                package main

                func two() (int, string) { return 4, "x" }

                func main() {
                	println(two())
                }
                """);
        org.junit.jupiter.api.Assertions.assertEquals(gcscope.vm.interp.Outcome.FINISHED, r.result().outcome(), r.stderr());
        org.junit.jupiter.api.Assertions.assertEquals("4 x\n", r.stderr());
    }

    @Test
    void hugeArrayTypeIsRejectedQuickly() {
        var result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
                gcscope.compiler.Compiler.compile("big.go", """
                        package main

                        var x [1 << 30]byte

                        func main() {
                        	x[1] = 2
                        }
                        """, gcscope.vm.config.CompileOptions.DEFAULT));
        org.junit.jupiter.api.Assertions.assertNull(result.program());
        org.junit.jupiter.api.Assertions.assertEquals(3, result.diagnostics().get(0).line());
    }
}
