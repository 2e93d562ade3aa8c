package bank

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Schema creates the tables that Transfer works on. Amounts are in cents.
const Schema = `
CREATE TABLE accounts (
	id      INTEGER PRIMARY KEY,
	owner   TEXT NOT NULL,
	balance INTEGER NOT NULL
);
CREATE TABLE transfers (
	id      INTEGER PRIMARY KEY,
	from_id INTEGER NOT NULL REFERENCES accounts (id),
	to_id   INTEGER NOT NULL REFERENCES accounts (id),
	amount  INTEGER NOT NULL
);`

// The errors Transfer returns (wrapped or as they are) for invalid transfers.
var (
	ErrInvalidAmount     = errors.New("amount must be positive")
	ErrSameAccount       = errors.New("cannot transfer to the same account")
	ErrNoAccount         = errors.New("no such account")
	ErrInsufficientFunds = errors.New("insufficient funds")
)

// Transfer moves amount cents from account from to account to and records
// the move in the transfers table, all in one transaction: either every
// change is committed or none is. It returns the id of the transfers row.
func Transfer(ctx context.Context, db *sql.DB, from, to, amount int64) (int64, error) {
	if amount <= 0 {
		return 0, ErrInvalidAmount
	}
	if from == to {
		return 0, ErrSameAccount
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	// Undo everything on every early return. After Commit, Rollback does
	// nothing and returns sql.ErrTxDone, which we ignore.
	defer tx.Rollback()

	var balance int64
	err = tx.QueryRowContext(ctx, `SELECT balance FROM accounts WHERE id = ?`, from).Scan(&balance)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("transfer from %d: %w", from, ErrNoAccount)
	}
	if err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	if balance < amount {
		return 0, fmt.Errorf("transfer of %d from %d (balance %d): %w", amount, from, balance, ErrInsufficientFunds)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE accounts SET balance = balance - ? WHERE id = ?`, amount, from); err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE accounts SET balance = balance + ? WHERE id = ?`, amount, to)
	if err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	} else if n == 0 {
		return 0, fmt.Errorf("transfer to %d: %w", to, ErrNoAccount)
	}
	res, err = tx.ExecContext(ctx, `INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)`, from, to, amount)
	if err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("transfer: %w", err)
	}
	tx.Commit()
	return id, nil
}
