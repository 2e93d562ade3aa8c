// Wrong: StructNamespace: Go field names (Customer.Email) instead of the JSON names the client sent.
package problems

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"

	validation "github.com/go-ozzo/ozzo-validation/v4"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
)

// FieldError is one invalid field of a request.
type FieldError struct {
	Field   string `json:"field"`   // the JSON path: "email", "items[2].sku"
	Code    string `json:"code"`    // the rule that failed: "required", "validation_is_email"
	Message string `json:"message"` // for people
}

// Problem is an RFC 9457 problem details body.
type Problem struct {
	Type   string       `json:"type"`
	Title  string       `json:"title"`
	Status int          `json:"status"`
	Errors []FieldError `json:"errors,omitempty"`
}

// Renderer turns the errors of validator and ozzo-validation into the same
// HTTP responses.
type Renderer struct {
	Trans ut.Translator // translates validator's messages
}

// Fields returns the field errors inside err, sorted by Field, then Code,
// and whether err is a validation error at all.
func (r Renderer) Fields(err error) ([]FieldError, bool) {
	var out []FieldError
	var vErrs validator.ValidationErrors
	var oErrs validation.Errors
	var oErr validation.Error
	switch {
	case errors.As(err, &vErrs):
		for _, fe := range vErrs {
			_, path, _ := strings.Cut(fe.StructNamespace(), ".")
			out = append(out, FieldError{Field: path, Code: fe.Tag(), Message: fe.Translate(r.Trans)})
		}
	case errors.As(err, &oErrs):
		out = flatten(out, "", oErrs)
	case errors.As(err, &oErr):
		out = append(out, FieldError{Code: oErr.Code(), Message: oErr.Error()})
	default:
		return nil, false
	}
	slices.SortFunc(out, func(a, b FieldError) int {
		if c := strings.Compare(a.Field, b.Field); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out, true
}

// flatten appends the errors of es, whose keys are below path, to out.
func flatten(out []FieldError, path string, es validation.Errors) []FieldError {
	for key, err := range es {
		p := key
		switch {
		case isIndex(key):
			p = path + "[" + key + "]"
		case path != "":
			p = path + "." + key
		}
		var nested validation.Errors
		var ve validation.Error
		switch {
		case err == nil:
		case errors.As(err, &nested):
			out = flatten(out, p, nested)
		case errors.As(err, &ve):
			out = append(out, FieldError{Field: p, Code: ve.Code(), Message: ve.Error()})
		default:
			out = append(out, FieldError{Field: p, Code: "invalid", Message: err.Error()})
		}
	}
	return out
}

// isIndex reports whether key is a slice index: digits only.
func isIndex(key string) bool {
	return key != "" && strings.Trim(key, "0123456789") == ""
}

// Write answers with the problem that err describes.
func (r Renderer) Write(w http.ResponseWriter, err error) {
	p := Problem{Type: "about:blank", Status: http.StatusInternalServerError}
	if fields, ok := r.Fields(err); ok {
		p.Status, p.Errors = http.StatusUnprocessableEntity, fields
	}
	p.Title = http.StatusText(p.Status)
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}
