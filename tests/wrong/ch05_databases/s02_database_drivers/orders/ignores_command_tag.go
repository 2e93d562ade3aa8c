package orders

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Schema creates the table that Repo works on.
const Schema = `
CREATE TABLE orders (
	id       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	customer text    NOT NULL,
	item     text    NOT NULL,
	quantity integer NOT NULL CHECK (quantity > 0),
	note     text    -- NULL: no note
)`

// ErrNotFound is returned (wrapped) when no order has the id asked for.
var ErrNotFound = errors.New("order not found")

// Order is one row of the orders table. The db tags name its columns.
type Order struct {
	ID       int64   `db:"id"`
	Customer string  `db:"customer"`
	Item     string  `db:"item"`
	Quantity int     `db:"quantity"`
	Note     *string `db:"note"` // nil: NULL, no note
}

// DB is what Repo needs from PostgreSQL: *pgx.Conn, *pgxpool.Pool and
// pgx.Tx all have these methods, so a Repo works inside a transaction too.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Repo reads and writes orders.
type Repo struct {
	db DB
}

// New returns a Repo that works on db.
func New(db DB) *Repo {
	return &Repo{db: db}
}

// Create inserts o (its ID is ignored) and returns the id that PostgreSQL
// gave the new row.
func (r *Repo) Create(ctx context.Context, o Order) (int64, error) {
	// BEGIN SOLUTION
	var id int64
	err := r.db.QueryRow(ctx,
		`INSERT INTO orders (customer, item, quantity, note) VALUES ($1, $2, $3, $4) RETURNING id`,
		o.Customer, o.Item, o.Quantity, o.Note).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("create order: %w", err)
	}
	return id, nil
	// END SOLUTION
}

// Get returns the order with that id, or an error wrapping ErrNotFound.
func (r *Repo) Get(ctx context.Context, id int64) (Order, error) {
	// BEGIN SOLUTION
	var o Order
	err := r.db.QueryRow(ctx, `SELECT id, customer, item, quantity, note FROM orders WHERE id = $1`, id).
		Scan(&o.ID, &o.Customer, &o.Item, &o.Quantity, &o.Note)
	if errors.Is(err, pgx.ErrNoRows) {
		return Order{}, fmt.Errorf("order %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Order{}, fmt.Errorf("get order %d: %w", id, err)
	}
	return o, nil
	// END SOLUTION
}

// ByCustomer returns the orders of customer, by id.
func (r *Repo) ByCustomer(ctx context.Context, customer string) ([]Order, error) {
	// BEGIN SOLUTION
	rows, err := r.db.Query(ctx,
		`SELECT id, customer, item, quantity, note FROM orders WHERE customer = $1 ORDER BY id`, customer)
	if err != nil {
		return nil, fmt.Errorf("orders of %q: %w", customer, err)
	}
	orders, err := pgx.CollectRows(rows, pgx.RowToStructByName[Order])
	if err != nil {
		return nil, fmt.Errorf("orders of %q: %w", customer, err)
	}
	return orders, nil
	// END SOLUTION
}

// Delete removes the order with that id, or returns an error wrapping
// ErrNotFound when there is none.
func (r *Repo) Delete(ctx context.Context, id int64) error {
	// BEGIN SOLUTION
	// The CommandTag says how many rows were deleted; it is ignored.
	if _, err := r.db.Exec(ctx, `DELETE FROM orders WHERE id = $1`, id); err != nil {
		return fmt.Errorf("delete order %d: %w", id, err)
	}
	return nil

	// END SOLUTION
}
