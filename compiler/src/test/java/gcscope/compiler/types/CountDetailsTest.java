package gcscope.compiler.types;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Go's multi-line count errors ({@code have (...)} / {@code want (...)}) and the position of a duplicate
 * method's other declaration; texts and positions confirmed with Debian's Go toolchain (same wording).
 */
class CountDetailsTest {

    @Test
    void resultCountErrorsListWhatTheReturnHasAndWhatTheSignatureWants() {
        assertEquals(List.of(
                "6:9: not enough return values\n\thave (number)\n\twant (int, bool)",
                "9:9: too many return values\n\thave (int, string)\n\twant (int)",
                "12:9: not enough return values\n\thave (int, string)\n\twant (int, string, bool)",
                "15:2: not enough return values\n\thave ()\n\twant (int)",
                "18:9: too many return values\n\thave (number, string, nil, bool)\n\twant ()"), Checking.diagnostics("""
                package main

                func two() (int, string) { return 1, "" }

                func g() (int, bool) {
                	return 1
                }
                func h() int {
                	return two()
                }
                func k() (int, string, bool) {
                	return two()
                }
                func e() int {
                	return
                }
                func v() {
                	return 1, "s", nil, true
                }
                func main() {}
                """));
    }

    @Test
    void argumentCountErrorsSayNumberForUntypedConstantsAndMarkTheVariadicParameter() {
        assertEquals(List.of(
                "7:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
                "8:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
                "9:2: not enough arguments in call to v\n\thave ()\n\twant (int, ...string)",
                "10:4: multiple-value two() (value of type (int, string)) in single-value context",
                "12:4: not enough arguments in call to f\n\thave (int8)\n\twant (int, string)",
                "13:4: too many arguments in call to g\n\thave (int, string)\n\twant (int)"), Checking.diagnostics("""
                package main

                func f(a int, b string) {}
                func v(a int, xs ...string) {}
                func two() (int, string) { return 1, "" }
                func main() {
                	f(1)
                	f(1, "a", 2)
                	v()
                	f(two(), 3)
                	var x int8 = 3
                	f(x)
                	g(two())
                }
                func g(a int) {}
                """));
    }

    @Test
    void aDuplicateMethodNamesWhereTheFirstOneIsDeclared() {
        assertEquals(List.of("5:10: method T.M already declared at t.vo:4:10"), Checking.diagnostics("""
                package main

                type T struct{}
                func (T) M() {}
                func (T) M() {}
                func main() {}
                """));
    }
}
