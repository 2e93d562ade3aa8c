// Package layered loads a configuration from defaults, a JSON file, the
// environment and the command line, in that order of precedence.
package layered

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"
)

// Duration is a time.Duration written as text, such as "5s", in JSON files
// and on the command line.
type Duration time.Duration

// UnmarshalText parses text with time.ParseDuration.
func (d *Duration) UnmarshalText(text []byte) error {
	// BEGIN SOLUTION
	v, err := time.ParseDuration(string(text))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
	// END SOLUTION
}

// MarshalText formats d as time.Duration's String method does.
func (d Duration) MarshalText() ([]byte, error) {
	// BEGIN SOLUTION
	return []byte(time.Duration(d).String()), nil
	// END SOLUTION
}

// Config is the configuration; the comments give the JSON key, the
// environment variable, the flag, the default and the rule.
type Config struct {
	Addr     string   `json:"addr"`      // APP_ADDR, -addr, ":8080"; not empty
	LogLevel string   `json:"log_level"` // APP_LOG_LEVEL, -log-level, "info"; debug, info, warn or error
	Timeout  Duration `json:"timeout"`   // APP_TIMEOUT, -timeout, 5s; > 0
	Workers  int      `json:"workers"`   // APP_WORKERS, -workers, 4; 1 to 256
}

// levels are the accepted log levels.
var levels = []string{"debug", "info", "warn", "error"}

// Load builds the configuration in four layers, each overriding the
// settings it gives: the defaults, the configuration file, the environment
// variables, then the flags in args (the command line without the program
// name). It validates the result.
func Load(args []string) (Config, error) {
	// BEGIN SOLUTION
	fs := flag.NewFlagSet("layered", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var fl Config
	path := fs.String("config", "", "configuration `file`")
	fs.StringVar(&fl.Addr, "addr", ":8080", "listen `address`")
	fs.StringVar(&fl.LogLevel, "log-level", "info", "debug, info, warn or error")
	fs.TextVar(&fl.Timeout, "timeout", Duration(5*time.Second), "request timeout")
	fs.IntVar(&fl.Workers, "workers", 4, "worker goroutines")
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	cfg := Config{Addr: ":8080", LogLevel: "info", Timeout: Duration(5 * time.Second), Workers: 4}

	explicit := true
	if *path == "" {
		*path, _ = os.LookupEnv("APP_CONFIG")
	}
	if *path == "" {
		explicit = false
		if dir, err := os.UserConfigDir(); err == nil {
			*path = filepath.Join(dir, "layered", "config.json")
		}
	}
	if *path != "" {
		if err := readFile(*path, &cfg); err != nil {
			if explicit || !errors.Is(err, os.ErrNotExist) {
				return Config{}, err
			}
		}
	}

	var errs []error
	env := func(name string, set func(string) error) {
		v, ok := os.LookupEnv(name)
		switch {
		case !ok:
		case v == "":
			errs = append(errs, fmt.Errorf("%s: set but empty", name))
		default:
			if err := set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s: %q: %w", name, v, err))
			}
		}
	}
	env("APP_ADDR", func(v string) error { cfg.Addr = v; return nil })
	env("APP_LOG_LEVEL", func(v string) error { cfg.LogLevel = v; return nil })
	env("APP_TIMEOUT", func(v string) error { return cfg.Timeout.UnmarshalText([]byte(v)) })
	env("APP_WORKERS", func(v string) (err error) { cfg.Workers, err = strconv.Atoi(v); return err })
	if err := errors.Join(errs...); err != nil {
		return Config{}, err
	}

	cfg.Addr, cfg.LogLevel, cfg.Timeout, cfg.Workers = fl.Addr, fl.LogLevel, fl.Timeout, fl.Workers

	if cfg.Addr == "" {
		errs = append(errs, errors.New("addr: must not be empty"))
	}
	if !slices.Contains(levels, cfg.LogLevel) {
		errs = append(errs, fmt.Errorf("log_level: %q is not one of debug, info, warn, error", cfg.LogLevel))
	}
	if cfg.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("timeout: %v is not positive", time.Duration(cfg.Timeout)))
	}
	if cfg.Workers < 1 || cfg.Workers > 256 {
		errs = append(errs, fmt.Errorf("workers: %d is not between 1 and 256", cfg.Workers))
	}
	if err := errors.Join(errs...); err != nil {
		return Config{}, err
	}
	return cfg, nil
	// END SOLUTION
}

// readFile decodes the JSON object in the file at path over cfg, strictly:
// unknown keys and anything after the object are errors. Errors name the
// file, and wrap the error of os.Open when the file cannot be opened.
func readFile(path string, cfg *Config) error {
	// BEGIN SOLUTION
	f, err := os.Open(path)
	if err != nil {
		return err // *fs.PathError: names the file
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(cfg); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%s: data after the JSON object", path)
	}
	return nil
	// END SOLUTION
}
