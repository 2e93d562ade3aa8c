// Package grepx is a small grep: it prints the lines of its standard input
// that match a regular expression.
package grepx

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
)

const usage = "usage: grepx [-i] [-v] [-n] [-c] PATTERN\n"

// Main runs grepx with the arguments and the streams of the process and
// returns the exit code: func main() { os.Exit(grepx.Main()) }.
func Main() int {
	// BEGIN SOLUTION
	return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	// END SOLUTION
}

// run is grepx with its arguments (without the program name) and streams.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	fs := flag.NewFlagSet("grepx", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	ignoreCase := fs.Bool("i", false, "ignore case")
	invert := fs.Bool("v", false, "select the lines that do not match")
	number := fs.Bool("n", false, "show line numbers")
	count := fs.Bool("c", false, "print only the number of selected lines")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "grepx: want exactly one PATTERN")
		fs.Usage()
		return 2
	}
	pattern := fs.Arg(0)
	if *ignoreCase {
		pattern = "(?i)" + pattern
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		fmt.Fprintf(stderr, "grepx: invalid pattern: %v\n", err)
		return 2
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	sc := bufio.NewScanner(stdin)
	selected := 0
	for n := 1; sc.Scan(); n++ {
		if re.Match(sc.Bytes()) == *invert {
			continue
		}
		selected++
		if *count {
			continue
		}
		if *number {
			fmt.Fprintf(out, "%d:", n)
		}
		out.Write(sc.Bytes())
		out.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		out.Flush()
		fmt.Fprintf(stderr, "grepx: reading input: %v\n", err)
		return 2
	}
	if *count {
		fmt.Fprintln(out, selected)
	}
	if selected == 0 {
		return 1
	}
	return 0
	// END SOLUTION
}
