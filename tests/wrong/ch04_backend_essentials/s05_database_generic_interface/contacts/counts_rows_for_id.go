package contacts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Schema creates the table that Repo works on.
const Schema = `CREATE TABLE contacts (
	id    INTEGER PRIMARY KEY,
	name  TEXT NOT NULL,
	email TEXT,    -- NULL when unknown
	age   INTEGER  -- NULL when unknown
)`

// ErrNotFound is returned (wrapped or as is) when no contact has the id.
var ErrNotFound = errors.New("contact not found")

// Contact is one row of the contacts table. A field whose Valid is false
// is NULL in the database.
type Contact struct {
	ID    int64
	Name  string
	Email sql.NullString
	Age   sql.Null[int64]
}

// Repo reads and writes contacts.
type Repo struct {
	db *sql.DB
}

// NewRepo returns a Repo that uses db.
func NewRepo(db *sql.DB) *Repo {
	return &Repo{db: db}
}

// Create inserts c (c.ID is ignored) and returns the id of the new row.
func (r *Repo) Create(ctx context.Context, c Contact) (int64, error) {
	res, err := r.db.ExecContext(ctx,
		`INSERT INTO contacts (name, email, age) VALUES (?, ?, ?)`,
		c.Name, c.Email, c.Age)
	if err != nil {
		return 0, fmt.Errorf("create contact: %w", err)
	}
	_ = res
	// The new row is the last one: its id is the number of rows.
	var id int64
	if err := r.db.QueryRowContext(ctx, `SELECT count(*) FROM contacts`).Scan(&id); err != nil {
		return 0, fmt.Errorf("create contact: %w", err)
	}
	return id, nil
}

// Get returns the contact with the given id, or an error wrapping
// ErrNotFound.
func (r *Repo) Get(ctx context.Context, id int64) (Contact, error) {
	c := Contact{ID: id}
	err := r.db.QueryRowContext(ctx,
		`SELECT name, email, age FROM contacts WHERE id = ?`, id,
	).Scan(&c.Name, &c.Email, &c.Age)
	if errors.Is(err, sql.ErrNoRows) {
		return Contact{}, fmt.Errorf("contact %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Contact{}, fmt.Errorf("contact %d: %w", id, err)
	}
	return c, nil
}

// Update writes every field of c to the row with id c.ID, or returns an
// error wrapping ErrNotFound when there is no such row.
func (r *Repo) Update(ctx context.Context, c Contact) error {
	res, err := r.db.ExecContext(ctx,
		`UPDATE contacts SET name = ?, email = ?, age = ? WHERE id = ?`,
		c.Name, c.Email, c.Age, c.ID)
	if err != nil {
		return fmt.Errorf("update contact %d: %w", c.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("update contact %d: %w", c.ID, err)
	}
	if n == 0 {
		return fmt.Errorf("update contact %d: %w", c.ID, ErrNotFound)
	}
	return nil
}

// Delete removes the contact with the given id, or returns an error
// wrapping ErrNotFound when there is no such row.
func (r *Repo) Delete(ctx context.Context, id int64) error {
	res, err := r.db.ExecContext(ctx, `DELETE FROM contacts WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete contact %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("delete contact %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("delete contact %d: %w", id, ErrNotFound)
	}
	return nil
}

// WithoutEmail returns the contacts whose email is NULL, ordered by id.
// It returns an empty (or nil) slice when there are none.
func (r *Repo) WithoutEmail(ctx context.Context) ([]Contact, error) {
	rows, err := r.db.QueryContext(ctx,
		`SELECT id, name, email, age FROM contacts WHERE email IS NULL ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("contacts without email: %w", err)
	}
	defer rows.Close()
	var out []Contact
	for rows.Next() {
		var c Contact
		if err := rows.Scan(&c.ID, &c.Name, &c.Email, &c.Age); err != nil {
			return nil, fmt.Errorf("contacts without email: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("contacts without email: %w", err)
	}
	return out, nil
}
