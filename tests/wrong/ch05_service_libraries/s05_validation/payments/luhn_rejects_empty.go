// Wrong: the Luhn rule rejects the empty string instead of leaving it to Required.
package payments

import (
	"regexp"
	"slices"
	"strings"

	validation "github.com/go-ozzo/ozzo-validation/v4"
	"github.com/go-ozzo/ozzo-validation/v4/is"
)

// Payment is the body of POST /payments.
type Payment struct {
	Method      string   `json:"method"`   // "card", "paypal" or "invoice"
	Amount      int64    `json:"amount"`   // in cents
	Currency    string   `json:"currency"` // "EUR", "USD" or "GBP"
	CardNumber  string   `json:"card_number,omitempty"`
	PayPalEmail string   `json:"paypal_email,omitempty"`
	Invoice     *Invoice `json:"invoice,omitempty"`
}

// Invoice is the company a payment by invoice is billed to.
type Invoice struct {
	Company string `json:"company"`
	Country string `json:"country"`
	VATID   string `json:"vat_id,omitempty"`
}

// ErrCardChecksum is the error of the Luhn rule.
var ErrCardChecksum = validation.NewError("validation_card_checksum", "is not a valid card number")

// ErrVATCountry is the error of a VAT ID that does not start with the
// company's country code.
var ErrVATCountry = validation.NewError("validation_vat_country", "must start with the country code")

// euCountries are the countries whose companies must give a VAT ID.
var euCountries = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
	"HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}

// vatPattern is the shape of a VAT ID: two letters, then 2 to 13 letters or digits.
var vatPattern = regexp.MustCompile(`^[A-Z]{2}[0-9A-Z]{2,13}$`)

// luhn is a validation.RuleFunc: it accepts the empty string and any string
// of digits that passes the Luhn checksum, and returns ErrCardChecksum for
// every other value.
func luhn(value any) error {
	s, ok := value.(string)
	if !ok {
		return ErrCardChecksum
	}
	if s == "" {
		return ErrCardChecksum
	}
	sum := 0
	for i := range len(s) {
		c := s[len(s)-1-i]
		if c < '0' || c > '9' {
			return ErrCardChecksum
		}
		d := int(c - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	if sum%10 != 0 {
		return ErrCardChecksum
	}
	return nil
}

// Validate checks a payment; the errors are keyed by JSON names.
func (p Payment) Validate() error {
	return validation.ValidateStruct(&p,
		validation.Field(&p.Method, validation.Required, validation.In("card", "paypal", "invoice")),
		validation.Field(&p.Amount, validation.Required, validation.Min(int64(50)), validation.Max(int64(1_000_000))),
		validation.Field(&p.Currency, validation.Required, validation.In("EUR", "USD", "GBP")),
		validation.Field(&p.CardNumber,
			validation.When(p.Method == "card", validation.Required, validation.Length(12, 19), validation.By(luhn)).
				Else(validation.Empty)),
		validation.Field(&p.PayPalEmail,
			validation.When(p.Method == "paypal", validation.Required, is.EmailFormat).
				Else(validation.Empty)),
		validation.Field(&p.Invoice,
			validation.When(p.Method == "invoice", validation.NotNil).
				Else(validation.Nil)),
	)
}

// Validate checks the company data of an invoice.
func (i Invoice) Validate() error {
	inEU := slices.Contains(euCountries, i.Country)
	return validation.ValidateStruct(&i,
		validation.Field(&i.Company, validation.Required, validation.RuneLength(2, 100)),
		validation.Field(&i.Country, validation.Required, is.CountryCode2),
		validation.Field(&i.VATID,
			validation.When(inEU, validation.Required),
			validation.Match(vatPattern),
			validation.By(func(any) error {
				prefix := i.Country
				if prefix == "GR" {
					prefix = "EL" // Greek VAT IDs start with EL
				}
				if i.VATID != "" && !strings.HasPrefix(i.VATID, prefix) {
					return ErrVATCountry
				}
				return nil
			})),
	)
}
