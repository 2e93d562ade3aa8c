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
	// Browsers read \ as / and drop tabs and newlines: "/\evil.com" and
	// "/\t/evil.com" both lead to evil.com.
	if target == "" || strings.ContainsFunc(target, func(r rune) bool { return r == '\\' || r < ' ' || r == 0x7f }) {
		return false
	}
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	if u.Scheme == "" && u.Host == "" {
		// A path on this site: one slash, never two ("//evil.com", "///evil.com").
		return strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//")
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.User != nil || u.Host == "" {
		return false // javascript:, data:, "https:evil.com", "//evil.com", user@host
	}
	return slices.Contains(allowedHosts, u.Host)
}

// Target returns where to send the user after logging in: the "next" query
// parameter of r when Safe says so, and "/" otherwise.
func Target(r *http.Request, allowedHosts []string) string {
	if next := r.URL.Query().Get("next"); Safe(next, allowedHosts) {
		return next
	}
	return "/"
}
