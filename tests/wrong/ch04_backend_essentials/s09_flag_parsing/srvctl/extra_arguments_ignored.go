// Package srvctl is the command line of srvctl, a tool that starts a
// server and migrates its database (this version only says what it would do).
package srvctl

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Version is what srvctl version prints.
const Version = "1.4.2"

const usage = `usage: srvctl <command> [flags]

commands:
  serve     start the server
  migrate   apply or roll back database migrations
  version   print the version
`

// Run runs srvctl with args (the command line without the program name).
// Results go to stdout, errors and usage text to stderr. It returns the exit
// code: 0 for success and for help, 1 when a command fails, 2 for a usage
// error.
func Run(args []string, stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	top := flag.NewFlagSet("srvctl", flag.ContinueOnError)
	top.SetOutput(stderr)
	top.Usage = func() { fmt.Fprint(top.Output(), usage) }
	if err := top.Parse(args); err != nil {
		return exitCode(err)
	}
	if top.NArg() == 0 {
		fmt.Fprint(stderr, "srvctl: no command\n"+usage)
		return 2
	}
	cmd, rest := top.Arg(0), top.Args()[1:]
	switch cmd {
	case "serve":
		return serve(rest, stdout, stderr)
	case "migrate":
		return migrate(rest, stdout, stderr)
	case "version":
		return version(rest, stdout, stderr)
	}
	fmt.Fprintf(stderr, "srvctl: unknown command %q\n%s", cmd, usage)
	return 2
	// END SOLUTION
}

// exitCode is the exit code for an error returned by FlagSet.Parse (which
// has printed the problem and the usage already).
func exitCode(err error) int {
	// BEGIN SOLUTION
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
	// END SOLUTION
}

// newFlagSet returns the flag set of command name: it writes to stderr, and
// its usage is the line "usage: srvctl NAME SYNOPSIS" followed by the flags.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	// BEGIN SOLUTION
	fs := flag.NewFlagSet("srvctl "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), strings.TrimSpace("usage: srvctl "+name+" "+synopsis))
		fs.PrintDefaults()
	}
	return fs
	// END SOLUTION
}

// usageError reports a problem with a command line that the flag package
// accepted, "srvctl NAME: problem", then the command's usage; it returns 2.
func usageError(fs *flag.FlagSet, problem string) int {
	// BEGIN SOLUTION
	fmt.Fprintf(fs.Output(), "%s: %s\n", fs.Name(), problem)
	fs.Usage()
	return 2
	// END SOLUTION
}

// serve runs "srvctl serve".
func serve(args []string, stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	fs := newFlagSet("serve", "[flags]", stderr)
	addr := fs.String("addr", ":8080", "listen `address`")
	timeout := fs.Duration("timeout", 5*time.Second, "request timeout")
	cert := fs.String("tls-cert", "", "TLS certificate `file`")
	key := fs.String("tls-key", "", "TLS key `file`")
	if err := fs.Parse(args); err != nil {
		return exitCode(err)
	}
	if (*cert == "") != (*key == "") {
		return usageError(fs, "-tls-cert and -tls-key go together")
	}
	if *timeout <= 0 {
		return usageError(fs, "-timeout must be positive")
	}
	tls := ""
	if *cert != "" {
		tls = " with TLS"
	}
	fmt.Fprintf(stdout, "serving on %s%s (timeout %v)\n", *addr, tls, *timeout)
	return 0
	// END SOLUTION
}

// migrate runs "srvctl migrate".
func migrate(args []string, stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	fs := newFlagSet("migrate", "[flags] up|down", stderr)
	dir := fs.String("dir", "migrations", "migrations `directory`")
	steps := fs.Int("steps", 0, "how many migrations to apply or roll back (0: all)")
	if err := fs.Parse(args); err != nil {
		return exitCode(err)
	}
	if fs.Arg(0) != "up" && fs.Arg(0) != "down" {
		return usageError(fs, "want one direction: up or down")
	}
	if *steps < 0 {
		return usageError(fs, "-steps must not be negative")
	}
	info, err := os.Stat(*dir)
	if err == nil && !info.IsDir() {
		err = fmt.Errorf("%s is not a directory", *dir)
	}
	if err != nil {
		fmt.Fprintf(stderr, "srvctl migrate: %v\n", err)
		return 1
	}
	n := "all"
	if *steps > 0 {
		n = fmt.Sprint(*steps)
	}
	fmt.Fprintf(stdout, "migrate %s (steps: %s) from %s\n", fs.Arg(0), n, *dir)
	return 0
	// END SOLUTION
}

// version runs "srvctl version".
func version(args []string, stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	fs := newFlagSet("version", "", stderr)
	if err := fs.Parse(args); err != nil {
		return exitCode(err)
	}
	fmt.Fprintln(stdout, "srvctl", Version)
	return 0
	// END SOLUTION
}

// Main runs srvctl as a program, with the arguments and the streams of the
// process, and returns the exit code: func main() { os.Exit(srvctl.Main()) }.
func Main() int {
	// BEGIN SOLUTION
	return Run(os.Args[1:], os.Stdout, os.Stderr)
	// END SOLUTION
}
