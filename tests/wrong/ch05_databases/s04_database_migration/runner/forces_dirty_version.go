// Wrong: forces the dirty version itself, marking the failed migration as applied
package runner

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database"
	_ "github.com/golang-migrate/migrate/v4/database/pgx/v5" // pgx5:// URLs
	"github.com/golang-migrate/migrate/v4/source/iofs"
)

// Result says what Run did.
type Result struct {
	From   uint // the version before Run migrated (0: none)
	To     uint // the version after (0: none)
	Forced bool // a dirty version was reset with Force first
}

// Run brings the database at dbURL (a pgx5:// URL) to the newest version
// of the golang-migrate files at the root of fsys. A database left dirty by
// a migration that failed is forced back to the version before that
// migration, which then runs again: on PostgreSQL each migration file runs
// in one transaction, so the failed one left no change behind.
func Run(fsys fs.FS, dbURL string) (res Result, err error) {
	src, err := iofs.New(fsys, ".")
	if err != nil {
		return res, fmt.Errorf("reading migrations: %w", err)
	}
	m, err := migrate.NewWithSourceInstance("iofs", src, dbURL)
	if err != nil {
		src.Close()
		return res, fmt.Errorf("opening the database: %w", err)
	}
	defer func() {
		srcErr, dbErr := m.Close()
		if err == nil {
			err = errors.Join(srcErr, dbErr)
		}
	}()

	version, dirty, err := m.Version()
	switch {
	case errors.Is(err, migrate.ErrNilVersion):
	case err != nil:
		return res, fmt.Errorf("reading the version: %w", err)
	default:
		res.From = version
	}
	if dirty {
		// The version before the failed one, as the files number them
		// (not version-1: versions need not be consecutive).
		prev, err := version, error(nil)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// The first migration failed: back to no version at all.
			if err := m.Force(database.NilVersion); err != nil {
				return res, fmt.Errorf("force version %d: %w", database.NilVersion, err)
			}
			res.From = 0
		case err != nil:
			return res, fmt.Errorf("finding the version before %d: %w", version, err)
		default:
			if err := m.Force(int(prev)); err != nil {
				return res, fmt.Errorf("force version %d: %w", prev, err)
			}
			res.From = prev
		}
		res.Forced = true
	}

	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		res.To, _, _ = m.Version()
		return res, fmt.Errorf("migrating up from version %d: %w", res.From, err)
	}
	version, _, err = m.Version()
	if err != nil && !errors.Is(err, migrate.ErrNilVersion) {
		return res, fmt.Errorf("reading the version: %w", err)
	}
	res.To = version
	return res, nil
}
