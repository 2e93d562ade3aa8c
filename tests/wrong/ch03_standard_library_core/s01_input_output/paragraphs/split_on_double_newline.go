package paragraphs

import "bytes"

// ScanParagraphs is a bufio.SplitFunc that returns one paragraph per token.
func ScanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.Index(data, []byte("\n\n")); i >= 0 {
		return i + 2, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSuffix(data, []byte("\n")), nil
	}
	return 0, nil, nil
}
