// Wrong: every error of register is a 500, also a taken username (409).
package signup

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
)

// SignupRequest is the JSON body of POST /signup.
type SignupRequest struct {
	Email           string `json:"email" validate:"required,email"`
	Username        string `json:"username" validate:"required,min=3,max=20,username"`
	Password        string `json:"password" validate:"required,min=12,max=72"`
	ConfirmPassword string `json:"confirm_password" validate:"required,eqfield=Password"`
	Plan            string `json:"plan" validate:"required,oneof=free pro team"`
	Website         string `json:"website,omitempty" validate:"omitempty,http_url"`
}

// ErrUsernameTaken is returned by the register function when the username
// belongs to someone else already.
var ErrUsernameTaken = errors.New("signup: username taken")

// messageFor is the message a client sees for one failed rule.
func messageFor(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "email":
		return "must be a valid email address"
	case "min":
		return "must be at least " + fe.Param() + " characters long"
	case "max":
		return "must be at most " + fe.Param() + " characters long"
	case "eqfield":
		return "must match the password"
	case "oneof":
		return "must be one of: " + strings.ReplaceAll(fe.Param(), " ", ", ")
	case "http_url":
		return "must be an http or https URL"
	case "username":
		return "must start with a letter and contain only a-z, 0-9 and _"
	}
	return "is invalid"
}

// writeJSON sends body as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// isUsername reports whether the field is a valid username: an ASCII
// lower-case letter first, then only lower-case letters, digits and '_'.
func isUsername(fl validator.FieldLevel) bool {
	s := fl.Field().String()
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// NewValidator returns the validator for SignupRequest: it reports fields
// by their JSON names and knows the username tag.
func NewValidator() (*validator.Validate, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	if err := v.RegisterValidation("username", isUsername); err != nil {
		return nil, err
	}
	return v, nil
}

// Handler serves POST /signup: it decodes and validates a SignupRequest
// and calls register only for a valid one.
func Handler(v *validator.Validate, register func(context.Context, SignupRequest) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
		dec.DisallowUnknownFields()
		var req SignupRequest
		if err := dec.Decode(&req); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed JSON body"})
			return
		}
		if err := v.Struct(req); err != nil {
			var errs validator.ValidationErrors
			if !errors.As(err, &errs) {
				writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
				return
			}
			fields := make(map[string]string, len(errs))
			for _, fe := range errs {
				fields[fe.Field()] = messageFor(fe)
			}
			writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"errors": fields})
			return
		}
		switch err := register(r.Context(), req); {
		case err != nil:
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		default:
			writeJSON(w, http.StatusCreated, map[string]string{"username": req.Username})
		}
	})
}
