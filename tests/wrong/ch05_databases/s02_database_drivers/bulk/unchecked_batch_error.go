package bulk

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Schema creates the table of readings.
const Schema = `
CREATE TABLE readings (
	id     bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	sensor text             NOT NULL CHECK (sensor <> ''),
	at     timestamptz      NOT NULL,
	value  double precision NOT NULL
)`

// Reading is one measurement of a sensor.
type Reading struct {
	Sensor string
	At     time.Time
	Value  float64
}

// DB is what Load and Counts need: *pgx.Conn, *pgxpool.Pool and pgx.Tx
// all have these methods.
type DB interface {
	CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// Load writes readings into the readings table with one COPY, in their
// order, and returns the number of rows that PostgreSQL copied.
func Load(ctx context.Context, db DB, readings []Reading) (int64, error) {
	// BEGIN SOLUTION
	n, err := db.CopyFrom(ctx, pgx.Identifier{"readings"}, []string{"sensor", "at", "value"},
		pgx.CopyFromSlice(len(readings), func(i int) ([]any, error) {
			r := readings[i]
			return []any{r.Sensor, r.At, r.Value}, nil
		}))
	if err != nil {
		return 0, fmt.Errorf("load %d readings: %w", len(readings), err)
	}
	return n, nil
	// END SOLUTION
}

// Counts returns how many readings each sensor has (counts[i] for
// sensors[i]), asking for all of them in one pgx.Batch.
func Counts(ctx context.Context, db DB, sensors []string) ([]int64, error) {
	// BEGIN SOLUTION
	counts := make([]int64, len(sensors))
	if len(sensors) == 0 {
		return counts, nil
	}
	b := &pgx.Batch{}
	for _, s := range sensors {
		b.Queue(`SELECT count(*) FROM readings WHERE sensor = $1`, s)
	}
	br := db.SendBatch(ctx, b)
	defer br.Close() // its error is lost
	for i := range sensors {
		br.QueryRow().Scan(&counts[i]) // and so is this one
	}
	return counts, nil

	// END SOLUTION
}
