package bunreport

import (
	"context"

	"github.com/uptrace/bun"
)

// Order is a row of the orders table.
type Order struct {
	bun.BaseModel `bun:"table:orders,alias:o"`

	ID       int64  `bun:",pk,autoincrement"`
	Customer string `bun:",notnull"`
	Cents    int64  `bun:",notnull"`
	Status   string `bun:",notnull"` // "paid", "open" or "refunded"
}

// Total is one line of the report: a customer's number of orders and their sum.
type Total struct {
	Customer string `bun:"customer"`
	Orders   int    `bun:"orders"`
	Cents    int64  `bun:"cents"`
}

// InsertOrders inserts all the orders with one INSERT statement, or none of them, and sets
// the ID of each element of orders.
func InsertOrders(ctx context.Context, db *bun.DB, orders []Order) error {
	if len(orders) == 0 {
		return nil
	}
	for _, o := range orders {
		if _, err := db.NewInsert().Model(&o).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// TopCustomers reports, per customer, the orders with the given status ("" for any status):
// only customers whose sum is at least minCents, largest sum first, ties by customer;
// at most limit lines (0 for no limit).
func TopCustomers(ctx context.Context, db *bun.DB, status string, minCents int64, limit int) ([]Total, error) {
	q := db.NewSelect().Model((*Order)(nil)).
		Column("customer").
		ColumnExpr("count(*) AS orders").
		ColumnExpr("sum(cents) AS cents").
		Group("customer").
		Having("sum(cents) >= ?", minCents).
		OrderExpr("cents DESC, customer ASC")
	if status != "" {
		q = q.Where("status = ?", status)
	}
	if limit > 0 {
		q = q.Limit(int64(limit))
	}
	var totals []Total
	err := q.Scan(ctx, &totals)
	return totals, err
}
