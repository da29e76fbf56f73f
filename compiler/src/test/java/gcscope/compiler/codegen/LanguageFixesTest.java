package gcscope.compiler.codegen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Regressions fixed by LANG (session 2); expected outputs follow the Go specification and Go's runtime on amd64. */
class LanguageFixesTest {

    @Test
    void aStringMethodThatGrowsTheStackLeavesTheCallersFrameIntact() {
        // fmt runs String nested on the same goroutine; deep recursion there reallocates the stack, and the
        // interpreter's fast path (no sanitizer) must continue with the new one
        String src = """
                package main

                import "fmt"

                type Deep int

                func (d Deep) String() string { return fmt.Sprint("depth ", depth(int(d))) }

                func depth(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return 1 + depth(n-1)
                }

                func main() {
                	a, b := 1, 2
                	s := []int{7, 8, 9}
                	fmt.Println(Deep(1500))
                	fmt.Println(a, b, s, len(s))
                }
                """;
        Runner.Run r = Runner.run(src);
        assertEquals("depth 1500\n1 2 [7 8 9] 3\n", r.stdout(), r.stderr());
        EndToEndTest.expect(src, "depth 1500\n1 2 [7 8 9] 3\n");
    }

    @Test
    void aMethodValueOfANilInterfacePanicsWhenEvaluated() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                type I interface{ M() int }

                func main() {
                	defer func() { fmt.Println("recovered:", recover()) }()
                	var i I
                	f := i.M
                	fmt.Println("not reached", f != nil)
                }
                """, "recovered: runtime error: invalid memory address or nil pointer dereference\n");
    }

    @Test
    void recoveredRuntimeErrorsHaveGoRuntimeTypes() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                func try(f func()) {
                	defer func() { r := recover(); fmt.Printf("%T %v\\n", r, r) }()
                	f()
                }

                func main() {
                	a, i, z := []int{1}, 3, 0
                	var m map[int]int
                	var x any = "s"
                	try(func() { _ = a[i] })
                	try(func() { _ = i / z })
                	try(func() { m[1] = 1 })
                	try(func() { _ = x.(int) })
                }
                """, """
                runtime.boundsError runtime error: index out of range [3] with length 1
                runtime.errorString runtime error: integer divide by zero
                runtime.plainError assignment to entry in nil map
                *runtime.TypeAssertionError interface conversion: interface {} is string, not int
                """);
    }

    @Test
    void floatToIntOfNaNAndInfinityGivesMinInt64AsOnAmd64() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                func main() {
                	zero := 0.0
                	fmt.Println(int64(zero/zero), int64(1/zero), int64(-1/zero), int64(zero-2.5), int(1e19))
                }
                """.replace("int(1e19)", "int(zero+1e19)"), "-9223372036854775808 -9223372036854775808 -9223372036854775808 -2 -9223372036854775808\n");
    }
}
