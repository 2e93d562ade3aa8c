package csvload

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Product is one row of the catalogue.
type Product struct {
	SKU        string
	Name       string
	PriceCents int64
	Stock      int
	Active     bool
}

// The errors a HeaderError or FieldError wraps.
var (
	ErrNoHeader        = errors.New("no header")
	ErrMissingColumn   = errors.New("missing column")
	ErrDuplicateColumn = errors.New("duplicate column")
	ErrEmptySKU        = errors.New("empty sku")
)

// HeaderError reports a problem with the header, the first record.
type HeaderError struct {
	Column string // the normalised column name; "" with ErrNoHeader
	Err    error  // ErrNoHeader, ErrMissingColumn or ErrDuplicateColumn
}

func (e *HeaderError) Error() string {
	if e.Column == "" {
		return "header: " + e.Err.Error()
	}
	return fmt.Sprintf("header: %v %q", e.Err, e.Column)
}

func (e *HeaderError) Unwrap() error { return e.Err }

// FieldError reports a field whose value cannot be used.
type FieldError struct {
	Line   int    // the line on which the field starts
	Column string // the normalised column name, e.g. "price_cents"
	Err    error  // the strconv error, or ErrEmptySKU
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// required lists the columns every file must have, in the order in which
// a missing one is reported.
var required = []string{"sku", "name", "price_cents", "stock"}

// normalise turns a header field into a column name: spaces trimmed, lower case.
func normalise(name string) string {
	return strings.ToLower(strings.TrimSpace(name))
}

// Load reads a product catalogue in CSV whose first record names the
// columns, in any order: sku, name, price_cents, stock and, optionally,
// active. Other columns are ignored.
func Load(r io.Reader) ([]Product, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &HeaderError{Err: ErrNoHeader}
	}
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(header))
	for i, name := range header {
		name = normalise(name)
		if _, dup := index[name]; dup {
			return nil, &HeaderError{Column: name, Err: ErrDuplicateColumn}
		}
		index[name] = i
	}
	for _, name := range required {
		if _, ok := index[name]; !ok {
			return nil, &HeaderError{Column: name, Err: ErrMissingColumn}
		}
	}
	activeCol, hasActive := index["active"]

	var products []Product
	for {
		rec, err := cr.Read() // every record must have as many fields as the header
		if err == io.EOF {
			return products, nil
		}
		if err != nil {
			return nil, err // a *csv.ParseError, with its line
		}
		fieldErr := func(column string, err error) error {
			line, _ := cr.FieldPos(index[column])
			return &FieldError{Line: line, Column: column, Err: err}
		}
		value := func(column string) string { return strings.TrimSpace(rec[index[column]]) }

		p := Product{SKU: value("sku"), Name: value("name"), Active: true}
		if p.SKU == "" {
			return nil, fieldErr("sku", ErrEmptySKU)
		}
		if p.PriceCents, err = strconv.ParseInt(value("price_cents"), 10, 64); err != nil {
			return nil, fieldErr("price_cents", err)
		}
		if p.Stock, err = strconv.Atoi(value("stock")); err != nil {
			return nil, fieldErr("stock", err)
		}
		if hasActive {
			if p.Active, err = strconv.ParseBool(strings.TrimSpace(rec[activeCol])); err != nil {
				return nil, fieldErr("active", err)
			}
		}
		products = append(products, p)
	}
}
