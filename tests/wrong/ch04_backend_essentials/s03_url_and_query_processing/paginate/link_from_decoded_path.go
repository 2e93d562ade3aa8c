package paginate

import (
	"net/url"
	"strconv"
)

// Page sizes: per_page is DefaultPerPage when missing or invalid, and at most MaxPerPage.
const (
	DefaultPerPage = 20
	MaxPerPage     = 100
)

// Links are the URLs of the pages around the current one. Prev and Next are
// "" when there is no such page.
type Links struct {
	First, Prev, Next, Last string
}

// Paginate returns the links to the first, previous, next and last pages of
// a list of total items served at u, whose query holds the current page
// ("page", from 1) and the page size ("per_page"). A link is u with "page"
// set and no fragment; u itself is not modified.
func Paginate(u *url.URL, total int) Links {
	q := u.Query()
	page, err := strconv.Atoi(q.Get("page"))
	if err != nil || page < 1 {
		page = 1
	}
	perPage, err := strconv.Atoi(q.Get("per_page"))
	if err != nil || perPage < 1 {
		perPage = DefaultPerPage
	}
	perPage = min(perPage, MaxPerPage)
	last := max(1, (total+perPage-1)/perPage)

	link := func(n int) string {
		q.Set("page", strconv.Itoa(n))   // replaces every page value; the other keys stay
		return u.Path + "?" + q.Encode() // decoded path, no scheme or host
	}
	links := Links{First: link(1), Last: link(last)}
	if page > 1 {
		links.Prev = link(min(page-1, last))
	}
	if page < last {
		links.Next = link(page + 1)
	}
	return links
}
