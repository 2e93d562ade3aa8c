package egress

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"slices"
	"strings"
)

// ErrNotAllowed is returned by Resolve when a host has no allowed address.
var ErrNotAllowed = errors.New("egress: no allowed address")

// Allowlist is the set of networks a service may connect to.
type Allowlist []netip.Prefix

// Parse builds an Allowlist from entries in CIDR notation ("10.0.0.0/8",
// "2001:db8::/32") or single addresses ("192.0.2.7", "::1"), which stand for
// a network of one address. Spaces around an entry are ignored, and each
// prefix is masked: "10.1.2.3/8" becomes 10.0.0.0/8. An entry that is
// neither makes Parse fail with an error that quotes it.
func Parse(entries ...string) (Allowlist, error) {
	// BEGIN SOLUTION
	list := make(Allowlist, 0, len(entries))
	for _, entry := range entries {
		s := strings.TrimSpace(entry)
		var p netip.Prefix
		var err error
		if strings.Contains(s, "/") {
			p, err = netip.ParsePrefix(s)
		} else {
			var addr netip.Addr
			if addr, err = netip.ParseAddr(s); err == nil {
				p = netip.PrefixFrom(addr.WithZone(""), addr.BitLen())
			}
		}
		if err != nil {
			return nil, fmt.Errorf("egress: entry %q: %w", entry, err)
		}
		list = append(list, p.Masked())
	}
	return list, nil
	// END SOLUTION
}

// Allows reports whether addr is in one of the networks. An IPv4-mapped IPv6
// address (::ffff:10.1.2.3) counts as the IPv4 address it holds, and an
// IPv6 zone (fe80::1%eth0) is ignored.
func (a Allowlist) Allows(addr netip.Addr) bool {
	// BEGIN SOLUTION
	addr = addr.Unmap().WithZone("")
	for _, p := range a {
		if p.Contains(addr) {
			return true
		}
	}
	return false
	// END SOLUTION
}

// Resolve looks host up with r and returns its allowed addresses, with
// IPv4-mapped addresses unmapped, sorted by netip.Addr.Compare, without
// duplicates. If the lookup fails, Resolve returns its error (wrapped or
// not); if no address is allowed, an error wrapping ErrNotAllowed.
func (a Allowlist) Resolve(ctx context.Context, r *net.Resolver, host string) ([]netip.Addr, error) {
	// BEGIN SOLUTION
	addrs, err := r.LookupNetIP(ctx, "ip", host) // an IP literal comes back as it is, without a query
	if err != nil {
		return nil, fmt.Errorf("egress: %v", err)
	}
	var allowed []netip.Addr
	for _, addr := range addrs {
		addr = addr.Unmap() // LookupNetIP returns IPv4 literals as ::ffff:a.b.c.d
		if a.Allows(addr) {
			allowed = append(allowed, addr)
		}
	}
	if len(allowed) == 0 {
		return nil, fmt.Errorf("%w: %s resolves to %v", ErrNotAllowed, host, addrs)
	}
	slices.SortFunc(allowed, netip.Addr.Compare)
	return slices.Compact(allowed), nil
	// END SOLUTION
}
