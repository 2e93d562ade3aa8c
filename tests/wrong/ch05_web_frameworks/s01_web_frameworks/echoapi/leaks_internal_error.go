package echoapi

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
)

// CreateUser is the body of POST /users.
type CreateUser struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// ErrorHandler is the server's echo.HTTPErrorHandler: it turns every error
// a handler returns into a JSON response (see the task for the mapping).
func ErrorHandler(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	code := http.StatusInternalServerError
	body := map[string]string{"error": err.Error()}
	var ve *ValidationError
	var he *echo.HTTPError
	switch {
	case errors.Is(err, ErrNotFound):
		code, body["error"] = http.StatusNotFound, "not found"
	case errors.Is(err, ErrConflict):
		code, body["error"] = http.StatusConflict, "conflict"
	case errors.As(err, &ve):
		code = http.StatusUnprocessableEntity
		body = map[string]string{"error": "invalid field", "field": ve.Field, "reason": ve.Reason}
	case errors.As(err, &he):
		code, body["error"] = he.Code, fmt.Sprint(he.Message)
	}
	if c.Request().Method == http.MethodHead {
		c.NoContent(code)
		return
	}
	c.JSON(code, body)
}

// NewServer returns the API: GET /users/:id and POST /users, with
// ErrorHandler as its HTTPErrorHandler.
func NewServer(s *Store) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.HTTPErrorHandler = ErrorHandler
	e.GET("/users/:id", func(c echo.Context) error {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil || id <= 0 {
			return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
		}
		u, err := s.Get(id)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, u)
	})
	e.POST("/users", func(c echo.Context) error {
		var in CreateUser
		if err := c.Bind(&in); err != nil {
			return err
		}
		if !strings.Contains(in.Email, "@") {
			return &ValidationError{Field: "email", Reason: "must contain @"}
		}
		if strings.TrimSpace(in.Name) == "" {
			return &ValidationError{Field: "name", Reason: "required"}
		}
		u, err := s.Create(in.Email, in.Name)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusCreated, u)
	})
	return e
}
