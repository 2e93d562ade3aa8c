package paragraphs

import "bytes"

// ScanParagraphs is a bufio.SplitFunc that returns one paragraph per token.
func ScanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	pos := 0
	for {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), bytes.TrimRight(data, "\r\n"), nil
			}
			return 0, nil, nil
		}
		line := data[pos : pos+i]
		if len(bytes.Trim(line, " \t\r")) == 0 {
			end := max(pos-1, 0)
			return pos + i + 1, bytes.TrimSuffix(data[:end], []byte("\r")), nil
		}
		pos += i + 1
	}
}
