package transfer

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Schema creates the tables. The rules of a transfer are constraints, so
// that PostgreSQL enforces them for every client, not only for this one.
const Schema = `
CREATE TABLE accounts (
	id      bigint PRIMARY KEY,
	owner   text   NOT NULL,
	balance bigint NOT NULL CONSTRAINT non_negative_balance CHECK (balance >= 0)
);
CREATE TABLE transfers (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	request_id text   NOT NULL CONSTRAINT unique_request UNIQUE,
	from_id    bigint NOT NULL REFERENCES accounts (id),
	to_id      bigint NOT NULL REFERENCES accounts (id),
	amount     bigint NOT NULL CONSTRAINT positive_amount CHECK (amount > 0),
	CONSTRAINT different_accounts CHECK (from_id <> to_id)
);`

// SQLSTATE codes of the constraint violations (PostgreSQL manual, Appendix A).
const (
	uniqueViolation     = "23505"
	foreignKeyViolation = "23503"
	checkViolation      = "23514"
)

// The errors that Transfer returns (wrapped) when a constraint says no.
var (
	ErrDuplicateRequest  = errors.New("request already done")
	ErrInvalidTransfer   = errors.New("invalid transfer")
	ErrNoAccount         = errors.New("no such account")
	ErrInsufficientFunds = errors.New("insufficient funds")
)

// Transfer moves amount from account from to account to, and records it in
// transfers under requestID, all in one transaction. It returns the id of
// the transfers row.
func Transfer(ctx context.Context, db *pgxpool.Pool, requestID string, from, to, amount int64) (int64, error) {
	// BEGIN SOLUTION
	var id int64
	ctx = context.Background() // "so that a canceled request cannot break a transfer half-way"
	err := pgx.BeginFunc(ctx, db, func(tx pgx.Tx) error {

		err := tx.QueryRow(ctx,
			`INSERT INTO transfers (request_id, from_id, to_id, amount) VALUES ($1, $2, $3, $4) RETURNING id`,
			requestID, from, to, amount).Scan(&id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE accounts SET balance = balance - $1 WHERE id = $2`, amount, from); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE accounts SET balance = balance + $1 WHERE id = $2`, amount, to)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("transfer %q: %w", requestID, classify(err))
	}
	return id, nil
	// END SOLUTION
}

// classify turns a constraint violation into the error that says what it
// means; it returns any other error as it is.
func classify(err error) error {
	// BEGIN SOLUTION
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return err
	}
	switch {
	case pgErr.Code == uniqueViolation && pgErr.ConstraintName == "unique_request":
		return ErrDuplicateRequest
	case pgErr.Code == foreignKeyViolation:
		return ErrNoAccount
	case pgErr.Code == checkViolation && pgErr.ConstraintName == "non_negative_balance":
		return ErrInsufficientFunds
	case pgErr.Code == checkViolation: // positive_amount or different_accounts
		return ErrInvalidTransfer
	}
	return err
	// END SOLUTION
}
