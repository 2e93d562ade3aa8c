package rbac

import (
	"net/http"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
)

// Policies say which role may do what: role, path pattern, method ("*" for
// any method). Path patterns use keyMatch2: ":id" matches one path segment,
// "*" matches the rest of the path.
var Policies = [][]string{
	{"reader", "/articles", "GET"},
	{"reader", "/articles/:id", "GET"},
	{"author", "/articles", "POST"},
	{"author", "/articles/:id", "PUT"},
	{"moderator", "/articles/:id/comments/:cid", "DELETE"},
	{"admin", "/*", "*"},
}

// Inheritance lists which role includes which: an author is also a reader.
var Inheritance = [][]string{
	{"author", "reader"},
	{"moderator", "reader"},
}

// NewEnforcer returns an enforcer for the model of the task, with Policies,
// Inheritance and the users' roles: each element of users is {user, role}.
func NewEnforcer(users [][]string) (*casbin.Enforcer, error) {
	// BEGIN SOLUTION
	m, err := model.NewModelFromString(`
[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub) && keyMatch2(r.obj, p.obj)
`)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewEnforcer(m)
	if err != nil {
		return nil, err
	}
	if _, err := e.AddPolicies(Policies); err != nil {
		return nil, err
	}
	if _, err := e.AddGroupingPolicies(Inheritance); err != nil {
		return nil, err
	}
	if len(users) > 0 {
		if _, err := e.AddGroupingPolicies(users); err != nil {
			return nil, err
		}
	}
	return e, nil
	// END SOLUTION
}

// Middleware lets a request through only if e allows the user that userOf
// names to use the request's method on its path.
func Middleware(e *casbin.Enforcer, userOf func(*http.Request) string) func(http.Handler) http.Handler {
	// BEGIN SOLUTION
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			user := userOf(r)
			if user == "" {
				http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
				return
			}
			ok, err := e.Enforce(user, r.URL.Path, r.Method)
			if err != nil {
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
				return
			}
			if !ok {
				http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	// END SOLUTION
}
