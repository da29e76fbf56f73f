package gcscope.compiler.codegen;

import org.junit.jupiter.api.Test;

/**
 * A three-index slice of an array panics with Go's three-index wording even when max equals the array's
 * length (expected texts from Go's runtime.boundsError, confirmed with Debian's Go toolchain).
 */
class ArraySliceWordingTest {

    @Test
    void threeIndexSlicesOfArraysKeepTheirWordingWhenMaxIsTheLength() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                func try(name string, f func()) {
                	defer func() { fmt.Println(name, recover()) }()
                	f()
                }

                func main() {
                	var arr [5]int
                	n := 0
                	try("a", func() { _ = arr[1 : n+7 : 5] })
                	try("b", func() { _ = arr[n+3 : 2 : 5] })
                	try("c", func() { _ = arr[1 : n+6] })
                	try("d", func() { _ = arr[1:2 : n+6] })
                	try("e", func() { p := &arr; _ = p[:n+7:5] })
                	try("f", func() { _ = arr[n+3 : 2] })
                	s := arr[1:2:5]
                	fmt.Println(len(s), cap(s))
                }
                """, """
                a runtime error: slice bounds out of range [:7:5]
                b runtime error: slice bounds out of range [3:2:]
                c runtime error: slice bounds out of range [:6] with length 5
                d runtime error: slice bounds out of range [::6] with length 5
                e runtime error: slice bounds out of range [:7:5]
                f runtime error: slice bounds out of range [3:2]
                1 4
                """);
    }
}
