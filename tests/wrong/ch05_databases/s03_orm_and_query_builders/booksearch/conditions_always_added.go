package booksearch

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	sq "github.com/Masterminds/squirrel"
)

// Book is one search result.
type Book struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
	Year   int    `json:"year"`
}

// Filter describes a search; a zero field adds no condition.
type Filter struct {
	Author  string // exact author
	Title   string // case-insensitive substring of the title; % and _ are ordinary characters
	MinYear int    // year >= MinYear
	MaxYear int    // year <= MaxYear
	Sort    string // "" or "title", "year", "-year" (newest first); ties by id
	Limit   int    // at most Limit books, 1 to 100; 0 means 20
}

// ErrBadFilter is returned for a sort or a limit that BuildQuery does not accept.
var ErrBadFilter = errors.New("bad filter")

// BuildQuery returns the PostgreSQL query of a search and its arguments.
func BuildQuery(f Filter) (string, []any, error) {
	orders := map[string]string{"": "title", "title": "title", "year": "year", "-year": "year DESC"}
	order, ok := orders[f.Sort]
	if !ok {
		return "", nil, fmt.Errorf("%w: sort %q", ErrBadFilter, f.Sort)
	}
	limit := f.Limit
	if limit == 0 {
		limit = 20
	}
	if limit < 1 || limit > 100 {
		return "", nil, fmt.Errorf("%w: limit %d", ErrBadFilter, f.Limit)
	}
	q := sq.StatementBuilder.PlaceholderFormat(sq.Dollar).
		Select("id", "title", "author", "year").From("books").
		OrderBy(order, "id").Limit(uint64(limit))
	q = q.Where(sq.Eq{"author": f.Author})
	if f.Title != "" {
		escape := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
		q = q.Where(sq.ILike{"title": "%" + escape.Replace(f.Title) + "%"})
	}
	if f.MinYear != 0 {
		q = q.Where(sq.GtOrEq{"year": f.MinYear})
	}
	if f.MaxYear != 0 {
		q = q.Where(sq.LtOrEq{"year": f.MaxYear})
	}
	return q.ToSql()
}

// Handler serves GET /books?author=&title=&min_year=&max_year=&sort=&limit= as a JSON array.
func Handler(db *sql.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		f := Filter{Author: q.Get("author"), Title: q.Get("title"), Sort: q.Get("sort")}
		for _, p := range []struct {
			name string
			dst  *int
		}{{"min_year", &f.MinYear}, {"max_year", &f.MaxYear}, {"limit", &f.Limit}} {
			if v := q.Get(p.name); v != "" {
				n, err := strconv.Atoi(v)
				if err != nil {
					http.Error(w, p.name+" must be a number", http.StatusBadRequest)
					return
				}
				*p.dst = n
			}
		}
		query, args, err := BuildQuery(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		rows, err := db.QueryContext(r.Context(), query, args...)
		if err != nil {
			http.Error(w, "database error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		books := []Book{}
		for rows.Next() {
			var b Book
			if err := rows.Scan(&b.ID, &b.Title, &b.Author, &b.Year); err != nil {
				http.Error(w, "database error", http.StatusInternalServerError)
				return
			}
			books = append(books, b)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, "database error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(books)
	})
}
