package gcscope.compiler.types;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An unsupported import is reported once, at its path; its uses do not cascade into "undefined" errors. */
class ImportDiagnosticsTest {

    @Test
    void unsupportedImportIsReportedOnceWithoutUndefinedUses() {
        assertEquals(List.of("5:2: package \"strings\" is not supported (only \"fmt\" can be imported)"),
                Checking.diagnostics("""
                        package main

                        import (
                        	"fmt"
                        	"strings"
                        )

                        func main() {
                        	fmt.Println(strings.ToUpper("go"))
                        	var b strings.Builder
                        	_ = b
                        }
                        """));
    }
}
