package layout

// Field is one field of a struct type: its name, and the size and alignment
// of its type in bytes, as unsafe.Sizeof and unsafe.Alignof report them.
type Field struct {
	Name  string
	Size  uintptr
	Align uintptr // a power of two, at least 1
}

// Layout is where the gc compiler puts the fields of a struct type.
type Layout struct {
	Offsets []uintptr // Offsets[i] is the offset of field i from the start of the struct
	Size    uintptr   // the size of the struct, trailing padding included
	Align   uintptr   // the alignment of the struct
	Padding uintptr   // bytes of padding: between fields and at the end
}

// Compute lays out a struct type whose fields are fields, in that order,
// with the rules of the gc compiler.
func Compute(fields []Field) Layout {
	l := Layout{Offsets: make([]uintptr, len(fields)), Align: 1}
	var end, used uintptr
	for i, f := range fields {
		end = alignUp(end, f.Align)
		l.Offsets[i] = end
		end += f.Size
		used += f.Size
		l.Align = max(l.Align, f.Align)
	}
	// A pointer to a zero-size last field must not point past the struct,
	// at the next object in memory: gc adds a byte, which alignment rounds up.
	if end > 0 && len(fields) > 0 && fields[len(fields)-1].Size == 0 {
		end++
	}
	l.Size = end // the struct ends where its last field ends
	l.Padding = l.Size - used
	return l
}

// alignUp returns the smallest multiple of align that is at least n.
// align is a power of two.
func alignUp(n, align uintptr) uintptr {
	return (n + align - 1) &^ (align - 1)
}
