package export

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"time"
)

// exportQuery selects the orders to export, in the order SQLite returns them.
const exportQuery = `SELECT id, customer, amount FROM orders WHERE amount >= ?`

// Export writes every order with an amount of at least minAmount to w, one
// line "id,customer,amount\n" each, and returns how many lines it wrote.
//
// The whole export, query and writes, may take at most timeout (no limit of
// its own when timeout <= 0), and stops as soon as ctx ends. Errors are
// wrapped, so that errors.Is(err, context.DeadlineExceeded) tells a timeout,
// and errors.Is(err, context.Canceled) a caller that gave up.
func Export(ctx context.Context, db *sql.DB, w io.Writer, minAmount int64, timeout time.Duration) (int, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	rows, err := db.QueryContext(ctx, exportQuery, minAmount)
	if err != nil {
		return 0, fmt.Errorf("export: %v", err)
	}
	defer rows.Close() // on every path: an open Rows holds its connection
	n := 0
	for rows.Next() {
		var (
			id       int64
			customer string
			amount   int64
		)
		if err := rows.Scan(&id, &customer, &amount); err != nil {
			return n, fmt.Errorf("export: order after %d lines: %w", n, err)
		}
		if _, err := fmt.Fprintf(w, "%d,%s,%d\n", id, customer, amount); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n++
	}
	// rows.Next returns false at the end of the rows and when the query
	// fails, for example because ctx ended: only rows.Err tells which.
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("export: stopped after %d lines: %v", n, err)
	}
	return n, nil
}
