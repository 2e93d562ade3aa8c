// Wrong: a missing config file is treated as no file.
package layered

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env/v2"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
)

// Config is the service's configuration. Its keys are camelCase, as in the
// YAML files of the team.
type Config struct {
	Server struct {
		Addr        string        `koanf:"addr"`
		ReadTimeout time.Duration `koanf:"readTimeout"`
	} `koanf:"server"`
	DB struct {
		DSN      string `koanf:"dsn"`
		MaxConns int    `koanf:"maxConns"`
	} `koanf:"db"`
	Features map[string]bool   `koanf:"features"`
	Headers  map[string]string `koanf:"headers"`
}

// Load builds the configuration from three layers, each one overriding the
// one before: defaults (flat keys such as "server.addr"), the YAML file at
// path (none when path is ""), and the environment variables whose names
// start with prefix.
func Load(defaults map[string]any, path, prefix string) (Config, error) {
	k := koanf.New(".")
	for key, value := range defaults {
		if err := k.Set(key, value); err != nil {
			return Config{}, fmt.Errorf("config: default %s: %w", key, err)
		}
	}
	if path != "" {
		if err := k.Load(file.Provider(path), yaml.Parser()); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return Config{}, fmt.Errorf("config: %s: %w", path, err)
		}
	}

	// The environment can only override keys that exist: each key's env
	// name is the prefix and the key upper-cased, with "." replaced by "_".
	byEnvName := map[string]string{}
	for _, key := range k.Keys() {
		byEnvName[prefix+strings.ToUpper(strings.ReplaceAll(key, ".", "_"))] = key
	}
	err := k.Load(env.Provider(".", env.Opt{
		Prefix: prefix,
		TransformFunc: func(name, value string) (string, any) {
			return byEnvName[name], value // "" (unknown name): ignored
		},
	}), nil)
	if err != nil {
		return Config{}, fmt.Errorf("config: environment: %w", err)
	}

	var c Config
	if err := k.Unmarshal("", &c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return c, nil
}
