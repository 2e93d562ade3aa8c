package sqlxbooks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

// Book is a row of the books table.
type Book struct {
	ID     int64  `db:"id"`
	ISBN   string `db:"isbn"`
	Title  string `db:"title"`
	Author string `db:"author"`
	Year   int    `db:"year"`
}

// Schema creates the table (the tests run it for you).
const Schema = `CREATE TABLE books (
	id     bigserial PRIMARY KEY,
	isbn   text NOT NULL UNIQUE,
	title  text NOT NULL,
	author text NOT NULL,
	year   int  NOT NULL
)`

// ErrNotFound says that no book has the ISBN asked for.
var ErrNotFound = errors.New("book not found")

// AddBooks inserts all the books with one NamedExecContext, or none of them.
func AddBooks(ctx context.Context, db *sqlx.DB, books []Book) error {
	if len(books) == 0 {
		return nil
	}
	_, err := db.NamedExecContext(ctx,
		`INSERT INTO books (isbn, title, author, year) VALUES (:isbn, :title, :author, :year)`, books)
	return err
}

// ByISBN returns the book with that ISBN, or an error wrapping ErrNotFound.
func ByISBN(ctx context.Context, db *sqlx.DB, isbn string) (Book, error) {
	var b Book
	err := db.GetContext(ctx, &b, `SELECT id, isbn, title, author, year FROM books WHERE isbn = $1`, isbn)
	if errors.Is(err, sql.ErrNoRows) {
		return Book{}, fmt.Errorf("isbn %q: %w", isbn, ErrNotFound)
	}
	return b, err
}

// ByISBNs returns the books whose ISBN is one of isbns, ordered by year, then title.
func ByISBNs(ctx context.Context, db *sqlx.DB, isbns []string) ([]Book, error) {
	if len(isbns) == 0 {
		return nil, nil
	}
	list := "'" + strings.Join(isbns, "', '") + "'"
	var books []Book
	err := db.SelectContext(ctx, &books, `SELECT id, isbn, title, author, year FROM books
		WHERE isbn IN (`+list+`) ORDER BY year, title`)
	return books, err
}
