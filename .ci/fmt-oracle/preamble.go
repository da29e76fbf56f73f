// The fmt oracle's fixed part: the types that vm/src/test/resources/fmt/cases.txt may use. The
// Java test (gcscope.vm.fmt.GoCaseReader) knows the same types and methods; keep the two in step.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

var _ = math.Pi
var _ = errors.New

type T struct {
	A int
	B string
}

type P struct{ X, Y int }

type Inner struct{ X int }

type Outer struct {
	Inner
	Y int
}

type E struct {
	Name string
	Tags []string
	M    map[string]int
	I    any
	Err  error
	F    float64
	Ptr  *T
}

type u struct {
	a int
	b string
}

// S is a Stringer with a value receiver.
type S string

func (s S) String() string { return "S<" + string(s) + ">" }

// I is an integer Stringer.
type I int

func (i I) String() string { return "I(" + strconv.Itoa(int(i)) + ")" }

// Er is an error with a value receiver.
type Er struct{ Code int }

func (e Er) Error() string { return "err " + strconv.Itoa(e.Code) }

// PS has a String method on its pointer type only.
type PS struct{ X int }

func (p *PS) String() string { return "PS!" }

// W holds a Stringer in an exported and an unexported field.
type W struct {
	X S
	y S
}

type Celsius float64

type B []byte

type Flag bool

func emit(s string) { fmt.Println(strconv.Quote(s)) }

// Named basic types and variables as Go's fmt_test.go uses them.
type renamedBool bool
type renamedInt int
type renamedInt8 int8
type renamedInt16 int16
type renamedInt32 int32
type renamedInt64 int64
type renamedUint uint
type renamedUint8 uint8
type renamedUint16 uint16
type renamedUint32 uint32
type renamedUint64 uint64
type renamedUintptr uintptr
type renamedString string
type renamedBytes []byte
type renamedFloat32 float32
type renamedFloat64 float64

var posInf = math.Inf(1)
var negInf = math.Inf(-1)
var NaN = math.NaN()
