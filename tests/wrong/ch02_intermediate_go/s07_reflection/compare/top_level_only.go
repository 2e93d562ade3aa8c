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
	if x.Kind() != reflect.Struct {
		return reflect.DeepEqual(x.Interface(), y.Interface())
	}
	t := x.Type()
	for i := range t.NumField() {
		if t.Field(i).Tag.Get("cmp") == "-" {
			continue
		}
		if !reflect.DeepEqual(x.Field(i).Interface(), y.Field(i).Interface()) {
			return false
		}
	}
	return true
}
