/**
 * Go's fmt and strconv formatting, byte for byte as Go 1.19 prints (checked against Go by
 * {@code .ci/fmt-oracle.sh} over {@code vm/src/test/resources/fmt/cases.txt}). Pure functions: no VM
 * state, no static mutable state.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link gcscope.vm.fmt.GoFmt}: {@code sprint}, {@code sprintln}, {@code sprintf}, {@code errorf}
 *       over a list of {@link gcscope.vm.fmt.FmtValue} operands; results are Go string bytes
 *       (Print/Println/Printf write exactly these bytes).</li>
 *   <li>{@link gcscope.vm.fmt.RuntimePrint}: the builtin {@code print}/{@code println} and the text
 *       after {@code panic: }.</li>
 *   <li>{@link gcscope.vm.fmt.GoFloat} (strconv.FormatFloat), {@link gcscope.vm.fmt.GoQuote}
 *       (strconv.Quote/QuoteRune/IsPrint), {@link gcscope.vm.fmt.Utf8}.</li>
 * </ul>
 *
 * <h2>Building operands (for the interpreter)</h2>
 * <ul>
 *   <li>Each operand is the dynamic value of one {@code any} argument; a nil interface is
 *       {@link gcscope.vm.fmt.FmtValue.NilValue} with the static interface type as %#v prints it
 *       ({@code interface {}} with a space, {@code error}).</li>
 *   <li>Type strings are Go's reflect names: {@code int}, {@code uint8} for byte, {@code int32} for
 *       rune, {@code []interface {}}, {@code map[string]int}, {@code *main.T}, {@code main.T},
 *       {@code func(int) string}, {@code chan int}, {@code struct { A int; B string }}.</li>
 *   <li>A pointer's pointee is needed only for top-level operands that point to a struct, array,
 *       slice or map (printed {@code &{...}}); nested pointers print as addresses, so do not follow
 *       them (this also keeps cyclic structures finite).</li>
 *   <li>Values whose dynamic type has {@code Error() string} or {@code String() string} in its method
 *       set are wrapped in {@link gcscope.vm.fmt.FmtValue.MethodValue} with the method's result
 *       (Error wins over String), at every depth: operands, elements, map keys and values, fields and
 *       enum payloads, except values reached through unexported (lower-case) struct fields, where Go's
 *       fmt cannot call methods. If the method panics, put the panic value in {@code panic}.</li>
 *   <li>{@code []byte}-like slices and arrays (element kind uint8) set {@code byteElems}, so %s, %q
 *       and %x treat them as strings.</li>
 * </ul>
 */
package gcscope.vm.fmt;
