package gcscope.compiler.codegen;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.TagLayoutMode;
import gcscope.vm.interp.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Small programs compiled and run in the VM; expected output is what Go 1.22 prints for them. Each runs
 * under every GC policy with the sanitizer on (a wrong slot type in codegen is a violation).
 */
class EndToEndTest {

    static void expect(String src, String stdout) {
        for (GcPolicy gc : GcPolicy.values()) {
            Runner.Run r = Runner.run(src, CompileOptions.DEFAULT, gc, true);
            assertEquals(stdout, r.stdout(), "stdout under gc " + gc + "; stderr: " + r.stderr() + " " + r.result());
            assertEquals(Outcome.FINISHED, r.result().outcome(), "under gc " + gc + ": " + r.stderr() + " " + r.result());
        }
    }

    @Test
    void binaryTreeWithPointersAndMultipleResults() {
        expect("""
                package main

                import "fmt"

                type Node struct {
                	Value int
                	Left  *Node
                	Right *Node
                }

                func insert(n *Node, v int) *Node {
                	if n == nil {
                		return &Node{Value: v}
                	}
                	if v < n.Value {
                		n.Left = insert(n.Left, v)
                	} else {
                		n.Right = insert(n.Right, v)
                	}
                	return n
                }

                func divmod(a, b int) (int, int) { return a / b, a % b }

                func main() {
                	var root *Node
                	for _, v := range []int{50, 25, 75} {
                		root = insert(root, v)
                	}
                	assert(root.Left.Value == 25, "left child")
                	fmt.Println("ok", root.Value)
                	q, r := divmod(17, 5)
                	xs := make([]int, 0)
                	for i := 0; i < 3; i++ {
                		xs = append(xs, i*q+r)
                	}
                	fmt.Println(xs, len(xs), q, r)
                }
                """, "ok 50\n[2 5 8] 3 3 2\n");
    }

    @Test
    void closuresCaptureByReferenceWithPerIterationLoopVariables() {
        expect("""
                package main

                import "fmt"

                func counter() func() int {
                	c := 0
                	return func() int {
                		c++
                		return c
                	}
                }

                func main() {
                	next := counter()
                	next()
                	fmt.Println(next(), next())
                	var fs []func() int
                	for i := 0; i < 3; i++ {
                		fs = append(fs, func() int { return i * i })
                	}
                	for _, f := range fs {
                		fmt.Print(f(), " ")
                	}
                	fmt.Println()
                	x := 10
                	p := &x
                	*p = 20
                	fmt.Println(x)
                }
                """, "2 3\n0 1 4 \n20\n");
    }

    @Test
    void methodsInterfacesEmbeddingAndMethodValues() {
        expect("""
                package main

                import "fmt"

                type Shape interface {
                	Area() float64
                	Name() string
                }

                type Rect struct{ W, H float64 }
                type Circle struct{ R float64 }

                func (r Rect) Area() float64    { return r.W * r.H }
                func (r Rect) Name() string      { return "rect" }
                func (c *Circle) Area() float64 { return 3 * c.R * c.R }
                func (c *Circle) Name() string  { return "circle" }

                type Counter struct{ n int }

                func (c *Counter) Inc()    { c.n++ }
                func (c Counter) Get() int { return c.n }

                type Named struct {
                	Counter
                	label string
                }

                func (r Rect) String() string { return fmt.Sprintf("Rect(%v x %v)", r.W, r.H) }

                func main() {
                	shapes := []Shape{Rect{2, 3}, &Circle{1}}
                	total := 0.0
                	for _, s := range shapes {
                		total += s.Area()
                		fmt.Println(s.Name(), s.Area())
                	}
                	fmt.Println(total)
                	var c Counter
                	c.Inc()
                	c.Inc()
                	fmt.Println(c.Get())
                	n := Named{label: "x"}
                	n.Inc()
                	fmt.Println(n.Get(), n.n, n.label)
                	f := c.Get
                	g := (*Counter).Inc
                	g(&c)
                	fmt.Println(f(), c.Get())
                	fmt.Println(Rect{1, 2})
                }
                """, "rect 6\ncircle 3\n9\n2\n1 1 x\n2 3\nRect(1 x 2)\n");
    }

    @Test
    void switchesTypeSwitchesMapsLabelsWrapAroundAndStrings() {
        expect("""
                package main

                import "fmt"

                func classify(n int) string {
                	switch {
                	case n < 0:
                		return "neg"
                	case n == 0:
                		return "zero"
                	}
                	switch n {
                	case 1, 2:
                		return "small"
                	case 3:
                		fallthrough
                	case 4:
                		return "medium"
                	default:
                		return "big"
                	}
                }

                func describe(x any) string {
                	switch v := x.(type) {
                	case nil:
                		return "nil"
                	case int:
                		return fmt.Sprint("int ", v+1)
                	case string:
                		return "string " + v
                	default:
                		return fmt.Sprintf("other %T", v)
                	}
                }

                func main() {
                	for i := -1; i < 6; i++ {
                		fmt.Print(classify(i), " ")
                	}
                	fmt.Println()
                	fmt.Println(describe(nil), describe(3), describe("s"), describe(2.5))
                	m := map[string]int{"a": 1, "b": 2}
                	m["c"] = 3
                	m["a"] += 10
                	delete(m, "b")
                	v, ok := m["zz"]
                	fmt.Println(m, len(m), v, ok)
                outer:
                	for i := 0; i < 3; i++ {
                		for j := 0; j < 3; j++ {
                			if j == 2 {
                				continue outer
                			}
                			if i == 2 {
                				break outer
                			}
                			fmt.Print(i, j, ";")
                		}
                	}
                	fmt.Println()
                	var b int8 = 127
                	b++
                	var u uint8 = 0
                	u--
                	fmt.Println(b, u, 7>>1, -7/2, -7%2)
                	s := "héllo"
                	for i, r := range s {
                		fmt.Print(i, ":", string(r), " ")
                	}
                	fmt.Println(len(s), s[1:3], []byte(s)[0])
                	arr := [3]int{1, 2, 3}
                	arr[1] = 5
                	fmt.Println(arr, len(arr))
                }
                """, "neg zero small small medium medium big \nnil int 4 string s other float64\nmap[a:11 c:3] 2 0 false\n"
                + "0 0;0 1;1 0;1 1;\n-128 255 3 -3 -1\n0:h 1:é 3:l 4:l 5:o 6 é 104\n[1 5 3] 3\n");
    }

    @Test
    void goroutinesAndChannels() {
        expect("""
                package main

                import "fmt"

                func worker(jobs <-chan int, results chan<- int) {
                	for j := range jobs {
                		results <- j * 2
                	}
                }

                func main() {
                	jobs := make(chan int, 10)
                	results := make(chan int, 10)
                	for w := 1; w <= 3; w++ {
                		go worker(jobs, results)
                	}
                	for j := 1; j <= 5; j++ {
                		jobs <- j
                	}
                	close(jobs)
                	sum := 0
                	for a := 1; a <= 5; a++ {
                		sum += <-results
                	}
                	fmt.Println(sum)
                	done := make(chan bool)
                	go func() {
                		defer close(done)
                		fmt.Println("in goroutine")
                	}()
                	_, ok := <-done
                	fmt.Println(ok)
                }
                """, "30\nin goroutine\nfalse\n");
    }

    @Test
    void packageVariablesInitialiseInDependencyOrderAndSlicesAlias() {
        expect("""
                package main

                import "fmt"

                var (
                	a     = b + 1
                	b     = f()
                	total int
                )

                const (
                	KB = 1 << (10 * (iota + 1))
                	MB
                )

                type Pair struct{ A, B int }

                func f() int { return 41 }

                func main() {
                	total += a
                	fmt.Println(a, b, total, KB, MB)
                	p := Pair{1, 2}
                	q := p
                	q.A = 10
                	fmt.Println(p, q, p == q)
                	xs := []int{1, 2, 3, 4, 5}
                	ys := xs[1:3:4]
                	ys = append(ys, 99)
                	fmt.Println(xs, ys, len(ys), cap(ys))
                	n := copy(xs, []int{7, 8})
                	fmt.Println(n, xs)
                	grid := [][]int{{1, 2}, {3, 4}}
                	grid[1][0] = 30
                	fmt.Printf("%v %+v\\n", grid, p)
                }
                """, "42 41 42 1024 1048576\n{1 2} {10 2} false\n[1 2 3 99 5] [2 3 99] 3 3\n2 [7 8 3 99 5]\n[[1 2] [30 4]] {A:1 B:2}\n");
    }

    @Test
    void enumsConstructAndMatchInTheDeclaredLayout() {
        expect("""
                package main

                import "fmt"

                type Shape enum {
                	Circle(r float64)
                	Rect(w int32, h int32)
                	Labeled(name string, tags []string, extra any)
                	Empty
                }

                func area(s Shape) float64 {
                	match s {
                	case Circle(r):
                		return 3 * r * r
                	case Rect(w, _):
                		return float64(w * 2)
                	case Labeled(n, ts, _):
                		return float64(len(n) + len(ts))
                	case Empty:
                		return 0
                	}
                }

                func main() {
                	s := Shape.Rect(3, 4)
                	var e Shape = Shape.Empty
                	fmt.Println(area(s), area(Shape.Circle(2)), area(Shape.Labeled("ab", []string{"x"}, nil)), area(e))
                }
                """, "6 12 3 0\n");
    }

    @Test
    void deferredClosuresChangeNamedResultsAlsoAfterARecoveredPanic() {
        expect("""
                package main

                import "fmt"

                func double() (n int) {
                	defer func() { n *= 2 }()
                	return 21
                }

                func divide(a, b int) (q int, err error) {
                	defer func() {
                		if r := recover(); r != nil {
                			err = fmt.Errorf("recovered: %v", r)
                			q = -1
                		}
                	}()
                	q = a / b
                	return q, nil
                }

                func main() {
                	fmt.Println(double())
                	fmt.Println(divide(7, 2))
                	fmt.Println(divide(7, 0))
                }
                """, "42\n3 <nil>\n-1 recovered: runtime error: integer divide by zero\n");
    }

    @ParameterizedTest
    @EnumSource(value = TagLayoutMode.class, names = {"DECLARED", "PATCHED"})
    void aVariantBuiltWithSeveralActualLayoutsStillMatchesCleanly(TagLayoutMode mode) {
        String src = """
                package main

                import "fmt"

                type V enum {
                	Num(x any, n int8)
                	Nothing
                }

                func main() {
                	a := V.Num(1, 2)
                	b := V.Num("s", 3)
                	for _, v := range []V{a, b, V.Nothing} {
                		match v {
                		case Num(x, n):
                			fmt.Println(x, n)
                		case Nothing:
                			fmt.Println("nothing")
                		}
                	}
                }
                """;
        for (GcPolicy gc : new GcPolicy[] {GcPolicy.NORMAL, GcPolicy.STRESS}) {
            Runner.Run r = Runner.run(src, CompileOptions.DEFAULT.withTagLayout(mode), gc, true);
            assertEquals("1 2\ns 3\nnothing\n", r.stdout(), r.stderr() + " " + r.result());
            assertEquals(Outcome.FINISHED, r.result().outcome());
        }
    }

    static final String BUG1 = """
            package main

            import "fmt"

            func foo(n int) string { return fmt.Sprint(n) }

            func main() {
            	s := foo(2)
            	fmt.Println(s)
            }
            """;

    @ParameterizedTest
    @EnumSource(CallBufferMode.class)
    void callBufferBugIsCaughtUnlessSplit(CallBufferMode mode) {
        Runner.Run r = Runner.run(BUG1, CompileOptions.DEFAULT.withCallBuffer(mode), GcPolicy.STRESS, true);
        if (mode == CallBufferMode.SPLIT) {
            assertEquals("2\n", r.stdout());
            assertEquals(Outcome.FINISHED, r.result().outcome());
        } else {
            assertEquals(Outcome.VIOLATION, r.result().outcome(), r.result().toString());
        }
    }

    static final String BUG2 = """
            package main

            import "fmt"

            type Pair enum {
            	Both(a []int, b any)
            	None
            }

            func main() {
            	n := 0
            	for i := 0; i < 20; i++ {
            		p := Pair.Both([]int{1, 2, i}, []int{3, 4})
            		match p {
            		case Both(first, rest):
            			n += len(first) + len(rest.([]int))
            		case None:
            		}
            	}
            	fmt.Println(n)
            }
            """;

    @ParameterizedTest
    @EnumSource(TagLayoutMode.class)
    void tagLayoutBugIsCaughtOnlyInActualMode(TagLayoutMode mode) {
        Runner.Run r = Runner.run(BUG2, CompileOptions.DEFAULT.withTagLayout(mode), GcPolicy.STRESS, true);
        if (mode == TagLayoutMode.ACTUAL) {
            assertEquals(Outcome.VIOLATION, r.result().outcome(), r.result().toString());
        } else {
            assertEquals("100\n", r.stdout(), r.stderr());
            assertEquals(Outcome.FINISHED, r.result().outcome());
        }
    }
}
