package redirect

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// Safe reports whether target may be sent as the Location of a redirect: a
// path on this site, or an http or https URL whose host is in allowedHosts.
func Safe(target string, allowedHosts []string) bool {
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	if u.Host == "" {
		return true // no host: the browser stays on this site
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.User != nil || u.Host == "" {
		return false // javascript:, data:, "https:evil.com", "//evil.com", user@host
	}
	return slices.ContainsFunc(allowedHosts, func(h string) bool { return strings.EqualFold(u.Host, h) })
}

// Target returns where to send the user after logging in: the "next" query
// parameter of r when Safe says so, and "/" otherwise.
func Target(r *http.Request, allowedHosts []string) string {
	if next := r.URL.Query().Get("next"); Safe(next, allowedHosts) {
		return next
	}
	return "/"
}
