// Wrong: Read merges the files with the LAST one winning, and os.Getenv cannot tell an empty variable from an unset one.
package dotenv

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/joho/godotenv"
)

// Files returns the dotenv files for the environment appEnv, highest
// priority first.
func Files(appEnv string) []string {
	if appEnv == "" {
		appEnv = "development"
	}
	files := []string{".env." + appEnv + ".local"}
	if appEnv != "test" {
		files = append(files, ".env.local")
	}
	return append(files, ".env."+appEnv, ".env")
}

// Load loads the dotenv files of dir for appEnv into the process
// environment without changing variables that are already set, and returns
// the paths of the files it loaded, highest priority first.
func Load(dir, appEnv string) ([]string, error) {
	var loaded []string
	for _, name := range Files(appEnv) {
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		loaded = append(loaded, path)
	}
	if len(loaded) == 0 {
		return nil, nil
	}
	vars, err := godotenv.Read(loaded...)
	if err != nil {
		return nil, fmt.Errorf("dotenv: %w", err)
	}
	for k, v := range vars {
		if os.Getenv(k) == "" {
			os.Setenv(k, v)
		}
	}
	return loaded, nil
}
