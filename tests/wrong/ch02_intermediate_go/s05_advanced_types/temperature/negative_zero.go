package temperature

import (
	"strconv"
)

// Celsius is a temperature in degrees Celsius.
type Celsius float64

// Fahrenheit is a temperature in degrees Fahrenheit.
type Fahrenheit float64

// Temperature is a temperature in either unit.
type Temperature interface {
	Celsius() Celsius
	Fahrenheit() Fahrenheit
	String() string
}

// The compiler checks that both types are Temperatures.
var (
	_ Temperature = Celsius(0)
	_ Temperature = Fahrenheit(0)
)

// Celsius returns c.
func (c Celsius) Celsius() Celsius { return c }

// Fahrenheit returns f.
func (f Fahrenheit) Fahrenheit() Fahrenheit { return f }

// Fahrenheit converts c to degrees Fahrenheit.
func (c Celsius) Fahrenheit() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

// Celsius converts f to degrees Celsius.
func (f Fahrenheit) Celsius() Celsius {
	return Celsius((f - 32) * 5 / 9)
}

// oneDecimal formats v with one decimal, without a minus sign on zero.
func oneDecimal(v float64) string {
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// String returns c with one decimal and its unit, such as "21.5°C".
func (c Celsius) String() string {
	return oneDecimal(float64(c)) + "°C"
}

// String returns f with one decimal and its unit, such as "70.7°F".
func (f Fahrenheit) String() string {
	return oneDecimal(float64(f)) + "°F"
}

// Warmest returns the warmest of ts (the first one on a tie), skipping nil
// values; it returns nil when there is no non-nil value.
func Warmest(ts ...Temperature) Temperature {
	var best Temperature
	for _, t := range ts {
		if t != nil && (best == nil || t.Celsius() > best.Celsius()) {
			best = t
		}
	}
	return best
}
