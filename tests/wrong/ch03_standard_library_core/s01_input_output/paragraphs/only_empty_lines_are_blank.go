package paragraphs

import "bytes"

// ScanParagraphs is a bufio.SplitFunc that returns one paragraph per token.
func ScanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) && data[start] == '\n' {
		start++
	}
	for pos := start; ; {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			if !atEOF {
				return start, nil, nil
			}
			if pos < len(data) {
				return len(data), data[start:], nil
			}
			if pos == start {
				return len(data), nil, nil
			}
			return len(data), data[start : pos-1], nil
		}
		if i == 0 && pos > start {
			return pos + 1, data[start : pos-1], nil
		}
		pos += i + 1
	}
}
