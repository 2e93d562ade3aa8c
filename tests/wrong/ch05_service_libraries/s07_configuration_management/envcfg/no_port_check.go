// Wrong: the port is not checked against 1-65535.
package envcfg

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// Config is read from environment variables by envconfig. With the prefix
// "orders", DatabaseURL comes from ORDERS_DATABASE_URL.
type Config struct {
	Port         int           `default:"8080"`
	DatabaseURL  string        `split_words:"true" required:"true"`
	RedisAddr    string        `split_words:"true" required:"true"`
	ReadTimeout  time.Duration `split_words:"true" default:"5s"`
	AllowedHosts []string      `split_words:"true"`
	Debug        bool
}

// MissingError reports the required variables that are unset or empty.
type MissingError struct {
	Vars []string // names, in the order of the fields of Config
}

func (e *MissingError) Error() string {
	return "missing required environment variables: " + strings.Join(e.Vars, ", ")
}

// Load reads Config from the environment variables named with prefix.
func Load(prefix string) (Config, error) {
	// Ask envconfig for the names it uses: the same rules as Process.
	var names bytes.Buffer
	format := "{{range .}}{{usage_key .}} {{usage_required .}}\n{{end}}"
	if err := envconfig.Usagef(prefix, &Config{}, &names, format); err != nil {
		return Config{}, err
	}
	var missing []string
	for _, line := range strings.Split(strings.TrimSpace(names.String()), "\n") {
		name, required, _ := strings.Cut(line, " ")
		if required == "true" && os.Getenv(name) == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return Config{}, &MissingError{Vars: missing}
	}

	var c Config
	if err := envconfig.Process(prefix, &c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return c, nil
}
