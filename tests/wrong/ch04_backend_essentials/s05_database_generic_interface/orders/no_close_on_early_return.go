package orders

import (
	"context"
	"database/sql"
	"fmt"
)

// Schema creates the table that EachOrder reads.
const Schema = `CREATE TABLE orders (
	id       INTEGER PRIMARY KEY,
	customer TEXT NOT NULL,
	item     TEXT NOT NULL,
	cents    INTEGER NOT NULL
)`

// Order is one row of the orders table.
type Order struct {
	ID       int64
	Customer string
	Item     string
	Cents    int64
}

// EachOrder calls fn with each order of customer, in the order of their
// ids, one row at a time. It stops at the first error: from the query, from
// fn (returned as is), or from reading the rows.
func EachOrder(ctx context.Context, db *sql.DB, customer string, fn func(Order) error) error {
	rows, err := db.QueryContext(ctx,
		`SELECT id, customer, item, cents FROM orders WHERE customer = ? ORDER BY id`,
		customer)
	if err != nil {
		return fmt.Errorf("orders of %q: %w", customer, err)
	}
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Customer, &o.Item, &o.Cents); err != nil {
			return fmt.Errorf("orders of %q: %w", customer, err)
		}
		if err := fn(o); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("orders of %q: %w", customer, err)
	}
	return nil
}
