package goversion

// version is a parsed Go version. Versions with the same major and minor
// numbers are ordered by kind first, then by number.
type version struct {
	major, minor int
	kind         int // language, beta, rc or release (the constants below)
	number       int // the beta or rc number, or the patch number of a release
}

// The kinds of version, oldest first: 1.25 < 1.25beta1 < 1.25rc1 < 1.25.0.
const (
	language = iota // 1.25: the language version, older than every 1.25 toolchain
	beta            // 1.25beta1
	rc              // 1.25rc2
	release         // 1.25.0, 1.25.3
)

// cutNumber splits the decimal digits at the start of s from the rest:
// cutNumber("25rc1") returns 25, "rc1", true. ok is false when s does not
// start with a digit.
func cutNumber(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i > 0
}

// parse reads a version such as "go1.25.3", "1.25", "go1.26rc2" or
// "1.21beta1". It reports ok == false when v is not a Go version.
func parse(v string) (ver version, ok bool) {
	if len(v) >= 2 && v[:2] == "go" {
		v = v[2:]
	}
	var rest string
	if ver.major, rest, ok = cutNumber(v); !ok || rest == "" || rest[0] != '.' {
		return version{}, false
	}
	if ver.minor, rest, ok = cutNumber(rest[1:]); !ok {
		return version{}, false
	}
	switch {
	case rest == "":
		return ver, true // a language version: kind is language (zero)
	case rest[0] == '.':
		ver.kind, rest = release, rest[1:]
	case len(rest) > 2 && rest[:2] == "rc":
		ver.kind, rest = rc, rest[2:]
	case len(rest) > 4 && rest[:4] == "beta":
		ver.kind, rest = beta, rest[4:]
	default:
		return version{}, false
	}
	ver.number, rest, ok = cutNumber(rest)
	return ver, ok && rest == ""
}

// Compare returns -1, 0 or +1 as x is older than, the same as, or newer
// than y. Strings that are not Go versions are older than every version
// and the same as each other.
func Compare(x, y string) int {
	a, aok := parse(x)
	b, bok := parse(y)
	if !aok || !bok {
		return 0 // cannot compare
	}
	for _, pair := range [][2]int{{a.major, b.major}, {a.minor, b.minor}, {a.kind, b.kind}, {a.number, b.number}} {
		if pair[0] < pair[1] {
			return -1
		}
		if pair[0] > pair[1] {
			return +1
		}
	}
	return 0
}

// Allows reports whether a Go toolchain can build a module whose go.mod
// says `go directive`: the directive must not be newer than the toolchain.
func Allows(toolchain, directive string) bool {
	return Compare(directive, toolchain) <= 0
}
