// Wrong: a missing config file is treated as no file.
package viperload

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/spf13/viper"
)

// Config is the service's configuration.
type Config struct {
	Server   ServerConfig `mapstructure:"server"`
	DB       DBConfig     `mapstructure:"db"`
	LogLevel string       `mapstructure:"log_level"`
}

// ServerConfig configures the HTTP server.
type ServerConfig struct {
	Host        string        `mapstructure:"host"`
	Port        int           `mapstructure:"port"`
	ReadTimeout time.Duration `mapstructure:"read_timeout"`
}

// DBConfig configures the database pool.
type DBConfig struct {
	URL      string `mapstructure:"url"`
	MaxConns int    `mapstructure:"max_conns"`
}

// Load reads the configuration: defaults, then the file at path (none when
// path is ""), then environment variables prefixed APP_. It validates the
// result and returns every problem it finds.
func Load(path string) (Config, error) {
	v := viper.New()
	v.SetDefault("server.host", "localhost")
	v.SetDefault("server.port", 8080)
	v.SetDefault("server.read_timeout", "5s")
	v.SetDefault("db.max_conns", 10)
	v.SetDefault("log_level", "info")

	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return Config{}, fmt.Errorf("config: %w", err)
		}
	}

	v.SetEnvPrefix("APP")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	// db.url has no default: without BindEnv, Unmarshal would not know the
	// key and would never look for APP_DB_URL.
	if err := v.BindEnv("db.url"); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}

	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}

	var problems []error
	if c.Server.Port < 1 || c.Server.Port > 65535 {
		problems = append(problems, fmt.Errorf("server.port: %d is not between 1 and 65535", c.Server.Port))
	}
	if c.Server.ReadTimeout <= 0 {
		problems = append(problems, fmt.Errorf("server.read_timeout: %v is not positive", c.Server.ReadTimeout))
	}
	if c.DB.URL == "" {
		problems = append(problems, errors.New("db.url: required"))
	}
	if c.DB.MaxConns < 1 {
		problems = append(problems, fmt.Errorf("db.max_conns: %d is less than 1", c.DB.MaxConns))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		problems = append(problems, fmt.Errorf("log_level: %q is not debug, info, warn or error", c.LogLevel))
	}
	if len(problems) > 0 {
		return Config{}, fmt.Errorf("config: %w", errors.Join(problems...))
	}
	return c, nil
}
