package shapes

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Shape is a plane figure with a description, an area and a perimeter.
type Shape interface {
	fmt.Stringer // a short description, such as "rect 3x4"
	Area() float64
	Perimeter() float64
}

// Circle is a circle of radius R. It is complete: a model for the others.
type Circle struct{ R float64 }

func (c Circle) String() string     { return fmt.Sprintf("circle r=%g", c.R) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

// Rect is a W by H rectangle.
type Rect struct{ W, H float64 }

func (r Rect) String() string { return fmt.Sprintf("rect %gx%g", r.W, r.H) }

// Area returns W times H.
func (r *Rect) Area() float64 {
	return r.W * r.H
}

// Perimeter returns the length of the rectangle's border.
func (r *Rect) Perimeter() float64 {
	return 2 * (r.W + r.H)
}

// Triangle is a triangle given by the lengths of its sides.
type Triangle struct{ A, B, C float64 }

func (t Triangle) String() string { return fmt.Sprintf("triangle %g-%g-%g", t.A, t.B, t.C) }

// Area returns the area by Heron's formula, or 0 when the sides cannot form
// a triangle (a side <= 0, or a side longer than the other two together).
func (t *Triangle) Area() float64 {
	if t.A <= 0 || t.B <= 0 || t.C <= 0 || t.A > t.B+t.C || t.B > t.A+t.C || t.C > t.A+t.B {
		return 0
	}
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

// Perimeter returns A+B+C.
func (t *Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}

// sortByArea sorts shapes in place, largest area first; shapes with equal
// areas keep their order. Every element must be non-nil.
func sortByArea(shapes []Shape) {
	slices.SortStableFunc(shapes, func(a, b Shape) int { return cmp.Compare(b.Area(), a.Area()) })
}

// Summary describes the non-nil shapes, one line each, largest area first.
// It does not reorder the caller's slice.
func Summary(shapes []Shape) []string {
	kept := make([]Shape, 0, len(shapes)) // a new array: the caller's slice stays as it is
	for _, s := range shapes {
		if s != nil {
			kept = append(kept, s)
		}
	}
	sortByArea(kept)
	lines := make([]string, len(kept))
	for i, s := range kept {
		lines[i] = fmt.Sprintf("%s: area %.2f, perimeter %.2f", s, s.Area(), s.Perimeter())
	}
	return lines
}
