package compare

import "reflect"

// Equal reports whether a and b are deeply equal, as reflect.DeepEqual
// does, with two differences: struct fields tagged cmp:"-" are ignored,
// at any depth, and a nil slice or map equals an empty one.
func Equal(a, b any) bool {
	if a == nil || b == nil {
		return a == b
	}
	return equal(reflect.ValueOf(a), reflect.ValueOf(b))
}

// equal reports whether x and y, two valid values, are deeply equal.
func equal(x, y reflect.Value) bool {
	if x.Type() != y.Type() {
		return false
	}
	// Read through Int, String, ... rather than Interface: those work on
	// values read from unexported fields, Interface panics.
	switch x.Kind() {
	case reflect.Bool:
		return x.Bool() == y.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return x.Int() == y.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return x.Uint() == y.Uint()
	case reflect.Float32, reflect.Float64:
		return x.Float() == y.Float()
	case reflect.Complex64, reflect.Complex128:
		return x.Complex() == y.Complex()
	case reflect.String:
		return x.String() == y.String()
	case reflect.Pointer:
		return x.Pointer() == y.Pointer()
	case reflect.Interface:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		return equal(x.Elem(), y.Elem())
	case reflect.Slice, reflect.Array: // a nil slice has length 0, like an empty one
		if x.Len() != y.Len() {
			return false
		}
		for i := range x.Len() {
			if !equal(x.Index(i), y.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if x.Len() != y.Len() {
			return false
		}
		for iter := x.MapRange(); iter.Next(); {
			other := y.MapIndex(iter.Key())
			if !other.IsValid() || !equal(iter.Value(), other) {
				return false
			}
		}
		return true
	case reflect.Struct:
		t := x.Type()
		for i := range t.NumField() {
			if t.Field(i).Tag.Get("cmp") == "-" {
				continue
			}
			if !equal(x.Field(i), y.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Func:
		return x.IsNil() && y.IsNil() // as reflect.DeepEqual: functions are equal only when both nil
	default: // channels and unsafe pointers: the same one
		return x.Pointer() == y.Pointer()
	}
}
