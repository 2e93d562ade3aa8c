package dispatch

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// The errors Dispatch returns wrap one of these.
var (
	ErrUnknownCommand = errors.New("unknown command")
	ErrArgCount       = errors.New("wrong number of arguments")
	ErrBadArgument    = errors.New("bad argument")
)

// errorType is the reflect.Type of the error interface.
var errorType = reflect.TypeFor[error]()

// Dispatch runs a command line such as "add 2 3" on handler: the first word
// names an exported method of handler ("add" calls Add), the other words are
// its arguments, converted to the method's parameter types. It returns the
// method's result formatted with fmt.Sprint, or the method's error.
func Dispatch(handler any, line string) (string, error) {
	words := strings.Fields(line)
	if len(words) == 0 {
		return "", fmt.Errorf("%w: empty line", ErrUnknownCommand)
	}
	command, args := words[0], words[1:]
	v := reflect.ValueOf(handler)
	if v.Kind() == reflect.Pointer {
		v = v.Elem() // work on the struct itself
	}
	method := v.MethodByName(strings.ToUpper(command[:1]) + command[1:])
	if !method.IsValid() {
		return "", fmt.Errorf("%w: %q", ErrUnknownCommand, command)
	}
	mt := method.Type() // the method's signature, without the receiver
	if len(args) != mt.NumIn() {
		return "", fmt.Errorf("%w: %s takes %d, got %d", ErrArgCount, command, mt.NumIn(), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, arg := range args {
		v, err := convert(arg, mt.In(i))
		if err != nil {
			return "", fmt.Errorf("%w: argument %d of %s: %w", ErrBadArgument, i+1, command, err)
		}
		in[i] = v
	}
	out := method.Call(in)
	// An error result comes last: decide by the declared type, not the value.
	if n := len(out); n > 0 && mt.Out(n-1) == errorType {
		if err, _ := out[n-1].Interface().(error); err != nil {
			return "", err
		}
		out = out[:n-1]
	}
	if len(out) == 0 {
		return "", nil
	}
	return fmt.Sprint(out[0].Interface()), nil
}

// convert parses arg as a value of type t, whose kind is a string, a
// boolean, an integer or a floating-point number.
func convert(arg string, t reflect.Type) (reflect.Value, error) {
	v := reflect.New(t).Elem() // a settable zero value of type t, named types included
	switch t.Kind() {
	case reflect.String:
		v.SetString(arg)
	case reflect.Bool:
		b, err := strconv.ParseBool(arg)
		if err != nil {
			return v, err
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(arg, 10, t.Bits())
		if err != nil {
			return v, err
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(arg, 10, t.Bits())
		if err != nil {
			return v, err
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(arg, t.Bits())
		if err != nil {
			return v, err
		}
		v.SetFloat(f)
	default:
		return v, fmt.Errorf("cannot convert to %v", t)
	}
	return v, nil
}
