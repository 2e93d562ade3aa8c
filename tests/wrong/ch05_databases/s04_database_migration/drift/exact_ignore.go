// Wrong: compares table names with the ignore patterns for equality, so "*_migrations" matches nothing
package drift

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
)

// Column is what the application expects of a column.
type Column struct {
	Type string // as postgres.FormatType writes it: "bigint", "text", "timestamptz", "character varying(200)"
	Null bool   // whether NULL is allowed
}

// Tables maps table names to their columns, by name.
type Tables map[string]map[string]Column

// Drift inspects the tables of the schema named name with Atlas and
// compares them with want. Tables whose name matches one of the glob
// patterns in ignore (path.Match syntax: "*_migrations") are left out.
// It returns one line per difference, sorted:
//
//	missing table T
//	extra table T
//	missing column T.C
//	extra column T.C
//	column T.C has type X, want Y
//	column T.C is NULL, want NOT NULL   (or: is NOT NULL, want NULL)
//
// A missing or extra table gets one line, not one per column.
func Drift(ctx context.Context, db *sql.DB, name string, want Tables, ignore ...string) ([]string, error) {
	drv, err := postgres.Open(db)
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	live, err := drv.InspectSchema(ctx, name, &schema.InspectOptions{
		Mode: schema.InspectTables, // tables only: no views, functions or types
	})
	if err != nil {
		return nil, fmt.Errorf("drift: inspecting schema %q: %w", name, err)
	}

	var diffs []string
	seen := map[string]bool{}
	for _, t := range live.Tables {
		if slices.Contains(ignore, t.Name) {
			continue
		}
		seen[t.Name] = true
		cols, ok := want[t.Name]
		if !ok {
			diffs = append(diffs, "extra table "+t.Name)
			continue
		}
		for _, c := range t.Columns {
			wc, ok := cols[c.Name]
			if !ok {
				diffs = append(diffs, fmt.Sprintf("extra column %s.%s", t.Name, c.Name))
				continue
			}
			typ, err := postgres.FormatType(c.Type.Type)
			if err != nil {
				return nil, fmt.Errorf("drift: column %s.%s: %w", t.Name, c.Name, err)
			}
			if typ != wc.Type {
				diffs = append(diffs, fmt.Sprintf("column %s.%s has type %s, want %s", t.Name, c.Name, typ, wc.Type))
			}
			if c.Type.Null != wc.Null {
				diffs = append(diffs, fmt.Sprintf("column %s.%s is %s, want %s", t.Name, c.Name, nullText(c.Type.Null), nullText(wc.Null)))
			}
		}
		for cname := range cols {
			if _, ok := t.Column(cname); !ok {
				diffs = append(diffs, fmt.Sprintf("missing column %s.%s", t.Name, cname))
			}
		}
	}
	for tname := range want {
		if !seen[tname] {
			diffs = append(diffs, "missing table "+tname)
		}
	}
	slices.Sort(diffs)
	return diffs, nil
}

func nullText(null bool) string {
	if null {
		return "NULL"
	}
	return "NOT NULL"
}
