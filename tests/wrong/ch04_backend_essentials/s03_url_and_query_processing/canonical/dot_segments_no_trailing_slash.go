package canonical

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// unreserved reports whether c may appear as itself anywhere in a URL:
// a letter, a digit, or one of - . _ ~ (RFC 3986, section 2.3).
func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0
}

// pathChar reports whether c may appear as itself in a URL path: an
// unreserved character, one of !$&'()*+,;= or : @ / (RFC 3986, section 3.3).
func pathChar(c byte) bool {
	return unreserved(c) || strings.IndexByte("!$&'()*+,;=:@/", c) >= 0
}

// Normalize returns the canonical form of the absolute http or https URL raw,
// so that two URLs for the same resource compare equal as strings.
func Normalize(raw string) (string, error) {
	u, err := url.Parse(raw) // also lower-cases the scheme
	if err != nil {
		return "", err
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("normalize %q: scheme must be http or https", raw)
	case u.Host == "":
		return "", fmt.Errorf("normalize %q: no host", raw)
	case u.User != nil:
		return "", errors.New("normalize: a canonical URL carries no user information")
	}

	host := strings.TrimSuffix(strings.ToLower(u.Host), ":") // "example.com:" has an empty port
	if port := u.Port(); u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		host = strings.TrimSuffix(host, ":"+port)
	}

	// The path as written: RawPath when Go kept it, else EscapedPath (which is
	// then the same). u.Path is decoded, and would turn %2F into a real slash.
	escaped := u.RawPath
	if escaped == "" {
		escaped = u.EscapedPath()
	}
	var b strings.Builder
	for i := 0; i < len(escaped); i++ {
		c := escaped[i]
		switch {
		case c == '%': // url.Parse has checked that two hex digits follow
			v, _ := strconv.ParseUint(escaped[i+1:i+3], 16, 8)
			if unreserved(byte(v)) {
				b.WriteByte(byte(v))
			} else {
				fmt.Fprintf(&b, "%%%02X", v)
			}
			i += 2
		case pathChar(c):
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	p := removeDotSegments(b.String())

	query, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return "", fmt.Errorf("normalize %q: %w", raw, err)
	}
	canonical := u.Scheme + "://" + host + p
	if q := query.Encode(); q != "" {
		canonical += "?" + q
	}
	return canonical, nil
}

// removeDotSegments resolves the "." and ".." segments of the absolute path p,
// as RFC 3986 (section 5.2.4) does; an empty path becomes "/".
func removeDotSegments(p string) string {
	if p == "" {
		return "/"
	}
	segments := strings.Split(strings.TrimPrefix(p, "/"), "/")
	var out []string
	for _, s := range segments {
		switch s {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, s)
			continue
		}

	}
	return "/" + strings.Join(out, "/")
}
