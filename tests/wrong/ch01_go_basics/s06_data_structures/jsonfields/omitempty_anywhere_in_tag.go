package jsonfields

import (
	"reflect"
	"strings"
)

// Field describes how encoding/json encodes one struct field.
type Field struct {
	Name      string // the key in the JSON object
	OmitEmpty bool   // the tag has the omitempty option
}

// hasOption reports whether the comma-separated tag options opts (the part
// of a json tag after the name) include option. It is written for you.
func hasOption(opts, option string) bool {
	for opts != "" {
		var opt string
		opt, opts, _ = strings.Cut(opts, ",")
		if opt == option {
			return true
		}
	}
	return false
}

// JSONFields returns, in order, the fields of the struct type t that
// encoding/json encodes, with the key each one gets. Embedded structs
// without a json tag are flattened: their fields are listed in their place.
func JSONFields(t reflect.Type) []Field {
	var fields []Field
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			fields = append(fields, JSONFields(f.Type)...) // flattened, even when the type is unexported
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fields = append(fields, Field{Name: name, OmitEmpty: strings.Contains(tag, "omitempty")})
	}
	return fields
}
