// Wrong: gtefield instead of gtfield: a window that ends when it starts is accepted.
package orders

import "github.com/go-playground/validator/v10"

// NewValidator returns a validator that knows the rules of Order, Item and
// Address.
func NewValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterStructValidationMapRules(map[string]string{
		"CustomerEmail": "required,email",
		"Items":         "required,min=1,max=50,unique=SKU,dive",
		"Shipping":      "required",
		"Billing":       "omitempty",
		"Coupon":        "omitempty,len=8,alphanum,uppercase",
		"DeliverBefore": "omitempty,gtefield=DeliverAfter",
	}, Order{})
	v.RegisterStructValidationMapRules(map[string]string{
		"SKU":         "required,alphanum,max=20",
		"Quantity":    "gte=1,lte=100",
		"Tags":        "max=5,dive,min=2,max=20,lowercase",
		"GiftMessage": "required_if=GiftWrap true,excluded_if=GiftWrap false,max=200",
	}, Item{})
	v.RegisterStructValidationMapRules(map[string]string{
		"Name":       "required",
		"Street":     "required",
		"City":       "required",
		"PostalCode": "required,max=10",
		"Country":    "required,iso3166_1_alpha2",
	}, Address{})
	return v
}
