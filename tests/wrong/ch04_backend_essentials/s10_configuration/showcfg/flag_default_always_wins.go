// Package showcfg is a program that prints its effective configuration,
// with its secrets redacted: the first thing to run when a deployment
// misbehaves.
package showcfg

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
)

const usage = "usage: showcfg [-addr address] [-log-level level]\n"

// Main runs showcfg with the arguments, environment and streams of the
// process and returns the exit code: func main() { os.Exit(showcfg.Main()) }.
func Main() int {
	// BEGIN SOLUTION
	return run(os.Args[1:], os.LookupEnv, os.Stdout, os.Stderr)
	// END SOLUTION
}

// run is showcfg with its arguments, environment and streams given.
func run(args []string, lookup func(string) (string, bool), stdout, stderr io.Writer) int {
	// BEGIN SOLUTION
	fs := flag.NewFlagSet("showcfg", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	addrFlag := fs.String("addr", ":8080", "listen `address`")
	levelFlag := fs.String("log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "showcfg: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	given := map[string]bool{}
	fs.VisitAll(func(f *flag.Flag) { given[f.Name] = true })

	var problems []string
	setting := func(flagName, envName, def string, flagValue string) string {
		if given[flagName] {
			return flagValue
		}
		if v, ok := lookup(envName); ok {
			return v
		}
		return def
	}
	addr := setting("addr", "APP_ADDR", ":8080", *addrFlag)
	if addr == "" {
		problems = append(problems, "addr: must not be empty")
	}
	level := setting("log-level", "APP_LOG_LEVEL", "info", *levelFlag)
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, level) {
		problems = append(problems, fmt.Sprintf("log level %q: want debug, info, warn or error", level))
	}

	// Secrets: never in a message, not even in an error that quotes them.
	dbURL := ""
	if v, _ := lookup("APP_DATABASE_URL"); v == "" {
		problems = append(problems, "APP_DATABASE_URL: required")
	} else if u, err := url.Parse(v); err != nil {
		problems = append(problems, "APP_DATABASE_URL: not a valid URL")
	} else if u.Scheme != "postgres" && u.Scheme != "postgresql" || u.Host == "" {
		problems = append(problems, "APP_DATABASE_URL: want postgres://user:password@host/database")
	} else {
		dbURL = u.Redacted()
	}
	if v, _ := lookup("APP_API_TOKEN"); v == "" {
		problems = append(problems, "APP_API_TOKEN: required")
	} else if n := len(v); n < 16 {
		problems = append(problems, fmt.Sprintf("APP_API_TOKEN: too short (%d characters, want at least 16)", n))
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, "showcfg:", p)
		}
		return 1
	}
	fmt.Fprintf(stdout, "addr=%s\napi_token=[REDACTED]\ndatabase_url=%s\nlog_level=%s\n", addr, dbURL, level)
	return 0
	// END SOLUTION
}
