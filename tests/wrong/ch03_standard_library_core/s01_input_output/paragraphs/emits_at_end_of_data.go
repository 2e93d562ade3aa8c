package paragraphs

import "bytes"

func isBlank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r")) == 0
}

// ScanParagraphs is a bufio.SplitFunc that returns one paragraph per token.
func ScanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			if atEOF && isBlank(data[start:]) {
				return len(data), nil, nil
			}
			break
		}
		if !isBlank(data[start : start+i]) {
			break
		}
		start += i + 1
	}
	for pos := start; ; {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			if pos < len(data) && !isBlank(data[pos:]) {
				if !atEOF {
					return start, nil, nil
				}
				return len(data), bytes.TrimSuffix(data[start:], []byte("\r")), nil
			}
			if pos == start {
				return len(data), nil, nil
			}
			// The data ends with a complete line: the paragraph must be over.
			return len(data), bytes.TrimSuffix(data[start:pos-1], []byte("\r")), nil
		}
		if pos > start && isBlank(data[pos:pos+i]) {
			return pos + i + 1, bytes.TrimSuffix(data[start:pos-1], []byte("\r")), nil
		}
		pos += i + 1
	}
}
