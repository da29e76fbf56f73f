package gcscope.jmh;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;

/**
 * The programs the JMH benchmarks run: one kernel per interpreter hot path (calls, slice loads/stores,
 * allocation and collection, map access), written in the same style as the benchmark programs of issue 7,
 * each sized by one integer so that a benchmark can vary it.
 */
final class Kernels {
    private Kernels() {
    }

    /** Calls: recursive Fibonacci of {@code n}. */
    static String fib(int n) {
        return """
                package main

                import "fmt"

                func fib(n int) int {
                	if n < 2 {
                		return n
                	}
                	return fib(n-1) + fib(n-2)
                }

                func main() {
                	fmt.Println(fib(%d))
                }
                """.formatted(n);
    }

    /** Loops and slice stores: one sieve of Eratosthenes up to {@code n}. */
    static String sieve(int n) {
        return """
                package main

                import "fmt"

                func main() {
                	composite := make([]bool, %1$d+1)
                	count := 0
                	for i := 2; i <= %1$d; i++ {
                		if !composite[i] {
                			count++
                			for j := i * i; j <= %1$d; j += i {
                				composite[j] = true
                			}
                		}
                	}
                	fmt.Println(count)
                }
                """.formatted(n);
    }

    /** Allocation, field access and collection: build and check a perfect binary tree of {@code depth}, 8 times. */
    static String trees(int depth) {
        return """
                package main

                import "fmt"

                type Node struct {
                	Left, Right *Node
                }

                func make_(d int) *Node {
                	if d == 0 {
                		return &Node{}
                	}
                	d--
                	return &Node{make_(d), make_(d)}
                }

                func check(t *Node) int {
                	if t.Left != nil {
                		return 1 + check(t.Left) + check(t.Right)
                	}
                	return 1
                }

                func main() {
                	c := 0
                	for i := 0; i < 8; i++ {
                		c += check(make_(%d))
                	}
                	fmt.Println(c)
                }
                """.formatted(depth);
    }

    /** Map inserts and lookups over {@code n} int keys. */
    static String maps(int n) {
        return """
                package main

                import "fmt"

                func main() {
                	m := make(map[int]int)
                	for i := 0; i < %1$d; i++ {
                		m[i*7%%%1$d] = i
                	}
                	s := 0
                	for i := 0; i < %1$d; i++ {
                		s += m[i]
                	}
                	fmt.Println(s)
                }
                """.formatted(n);
    }

    /** The kernel named {@code name} at {@code size}. */
    static String source(String name, int size) {
        return switch (name) {
            case "fib" -> fib(size);
            case "sieve" -> sieve(size);
            case "trees" -> trees(size);
            case "maps" -> maps(size);
            default -> throw new IllegalArgumentException("no kernel " + name);
        };
    }

    /** Compiles a kernel; a compile error is a broken benchmark, reported with its diagnostics. */
    static Program compile(String name, int size) {
        CompileResult r = Compiler.compile(name + ".vo", source(name, size), CompileOptions.DEFAULT);
        if (r.program() == null) throw new IllegalStateException(name + " does not compile: " + r.diagnostics());
        return r.program();
    }

    /** Runs a kernel to its end with GC normal and returns everything it printed. */
    static String run(String name, int size) {
        StringBuilder printed = new StringBuilder();
        new Machine(compile(name, size), RunOptions.DEFAULT, new ProgramOutput() {
            @Override
            public void stdout(String text) {
                printed.append(text);
            }

            @Override
            public void stderr(String text) {
                printed.append(text);
            }
        }).run();
        return printed.toString();
    }
}
