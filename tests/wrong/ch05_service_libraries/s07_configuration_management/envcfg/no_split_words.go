// Wrong: lists missing variables under names built by hand from the field names, without split_words' underscores (ORDERS_DATABASEURL).
package envcfg

import (
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

	var c Config
	if err := envconfig.Process(prefix, &c); err != nil && strings.HasPrefix(err.Error(), "required key") {
		var missing []string
		for _, field := range []string{"DatabaseURL", "RedisAddr"} {
			name := strings.ToUpper(prefix + "_" + field)
			if os.Getenv(name) == "" {
				missing = append(missing, name)
			}
		}
		return Config{}, &MissingError{Vars: missing}
	} else if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if c.Port < 1 || c.Port > 65535 {
		return Config{}, fmt.Errorf("config: %s_PORT: %d is not between 1 and 65535", strings.ToUpper(prefix), c.Port)
	}
	return c, nil
}
