// Wrong: ExcludeRequestQueryParams: bad query parameters reach the handler.
package reqvalidate

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// Validate returns middleware that checks each request against doc before
// next sees it. A request for a path that doc does not have gets 404, one
// for a method the path does not have gets 405, and one whose parameters or
// body break doc gets 400; each of them with a JSON body {"error": "..."}
// saying why, and next is not called. Validate fails when doc is not a valid
// OpenAPI 3 document.
func Validate(doc *openapi3.T) (func(http.Handler) http.Handler, error) {
	router, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, err
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			route, pathParams, err := router.FindRoute(r)
			if err != nil {
				status := http.StatusNotFound
				var routeErr *routers.RouteError
				if errors.As(err, &routeErr) && routeErr.Reason == routers.ErrMethodNotAllowed.Error() {
					status = http.StatusMethodNotAllowed
				}
				writeError(w, status, err.Error())
				return
			}
			err = openapi3filter.ValidateRequest(r.Context(), &openapi3filter.RequestValidationInput{
				Request:    r,
				PathParams: pathParams,
				Route:      route,
				Options:    &openapi3filter.Options{ExcludeRequestQueryParams: true},
			})
			if err != nil {
				writeError(w, http.StatusBadRequest, err.Error())
				return
			}
			next.ServeHTTP(w, r)
		})
	}, nil
}

// writeError answers with status and the JSON body {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
