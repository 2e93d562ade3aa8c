package ex

import "os"

// Save writes data to a temporary file and returns its path.
func Save(data string) string {
	f, err := os.CreateTemp("", "ex-*.txt")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	f.WriteString(data)
	return f.Name()
}
