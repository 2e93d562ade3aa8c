package redact

import (
	"log/slog"
	"net/url"
	"strings"
)

// Mask replaces the value of a sensitive attribute.
const Mask = "[REDACTED]"

// sensitiveNames make a key or a group name sensitive, alone or as the last
// part of a longer name ("db_password", "X-Api-Key").
var sensitiveNames = []string{"password", "passwd", "token", "secret", "authorization", "api_key", "cookie"}

// Sensitive reports whether a key or group name is sensitive: its lower-case
// form, with every '-' read as '_', is one of sensitiveNames or ends with '_'
// followed by one of them.
func Sensitive(name string) bool {
	name = strings.ReplaceAll(strings.ToLower(name), "-", "_")
	for _, s := range sensitiveNames {
		if name == s || strings.HasSuffix(name, "_"+s) {
			return true
		}
	}
	return false
}

// Redact is a slog.HandlerOptions.ReplaceAttr function. It replaces the value
// of an attribute by Mask when the attribute's key, or the name of any group
// that contains it, is sensitive, and returns every other attribute as it is.
func Redact(groups []string, a slog.Attr) slog.Attr {
	if Sensitive(a.Key) {
		return slog.String(a.Key, Mask)
	}
	for _, g := range groups {
		if Sensitive(g) {
			return slog.String(a.Key, Mask)
		}
	}
	return a
}

// URL is a URL to log: its LogValue hides the password of the user
// information and the values of sensitive query parameters.
type URL struct {
	U *url.URL
}

// LogValue returns the URL as a string value with the password replaced by
// "xxxxx" and the values of sensitive query parameters replaced by "xxxxx".
// When a parameter was masked, the query is re-encoded (sorted by key);
// otherwise it stays as it was. A query that url.ParseQuery rejects is
// replaced by "xxxxx" as a whole. A nil U logs as "". LogValue never changes
// the URL it was given.
func (u URL) LogValue() slog.Value {
	if u.U == nil {
		return slog.StringValue("")
	}
	c := *u.U // a copy: logging must not change the caller's URL
	if c.User != nil {
		if _, has := c.User.Password(); has {
			c.User = url.UserPassword(c.User.Username(), "xxxxx")
		}
	}
	if c.RawQuery != "" {
		query, err := url.ParseQuery(c.RawQuery)
		if err != nil {
			c.RawQuery = "xxxxx" // unreadable: it might hold a secret
		} else {
			hidden := false
			for key, values := range query {
				if Sensitive(key) {
					for i := range values {
						values[i] = "xxxxx"
					}
					hidden = true
				}
			}
			_ = hidden
			c.RawQuery = query.Encode()
		}
	}
	return slog.StringValue(c.String())
}
