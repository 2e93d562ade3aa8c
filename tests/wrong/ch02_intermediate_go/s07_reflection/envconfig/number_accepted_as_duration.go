package envconfig

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// ErrNotStructPointer is returned when the destination of Load is not a
// non-nil pointer to a struct.
var ErrNotStructPointer = errors.New("envconfig: destination must be a non-nil pointer to a struct")

// ErrUnsupported is the Err of a FieldError for a tagged field that Load
// cannot set: an unexported field, or a field of a type it cannot parse.
var ErrUnsupported = errors.New("field cannot be set from a variable")

// FieldError reports a tagged field that Load could not fill.
type FieldError struct {
	Var   string // the variable named by the env tag
	Field string // the name of the Go field
	Err   error  // why: the parse error, or ErrUnsupported
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("envconfig: %s (field %s): %v", e.Var, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// Load fills the fields of the struct that dst points to from env, using
// each field's env tag as the variable name. Variables that are absent
// leave their field unchanged. Embedded structs without an env tag are
// filled the same way.
func Load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("%w, not %T", ErrNotStructPointer, dst)
	}
	return loadStruct(v.Elem(), env)
}

// loadStruct fills the tagged fields of s, an addressable struct value.
func loadStruct(s reflect.Value, env map[string]string) error {
	t := s.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, tagged := f.Tag.Lookup("env")
		if !tagged {
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				if err := loadStruct(s.Field(i), env); err != nil {
					return err
				}
			}
			continue
		}
		field := s.Field(i)
		if !field.CanSet() || !supported(f.Type) {
			return &FieldError{Var: name, Field: f.Name, Err: ErrUnsupported}
		}
		text, ok := env[name]
		if !ok {
			continue
		}
		if err := parse(field, text); err != nil {
			return &FieldError{Var: name, Field: f.Name, Err: err}
		}
	}
	return nil
}

// supported reports whether Load can parse a value of type t.
func supported(t reflect.Type) bool {
	if t == reflect.TypeFor[time.Duration]() {
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// parse stores text, parsed according to v's type, in v (settable and of a
// supported type).
func parse(v reflect.Value, text string) error {
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Bool:
		b, err := strconv.ParseBool(text)
		if err != nil {
			return err
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, v.Type().Bits())
		if err != nil {
			if v.Type() == reflect.TypeFor[time.Duration]() { // maybe it is a duration such as 5s
				d, derr := time.ParseDuration(text)
				if derr != nil {
					return derr
				}
				n = int64(d)
			} else {
				return err
			}
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(text, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetUint(n)
	default:
		return ErrUnsupported
	}
	return nil
}
