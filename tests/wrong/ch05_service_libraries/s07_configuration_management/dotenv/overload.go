// Wrong: Overload instead of Load: the files clobber variables that are already set.
package dotenv

import (
	"errors"
	"fmt"
	"io/fs"
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
		// Load never overrides a variable that is set, so the file loaded
		// first wins: load the highest priority first.
		err := godotenv.Overload(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return loaded, fmt.Errorf("dotenv: %s: %w", path, err)
		}
		loaded = append(loaded, path)
	}
	return loaded, nil
}
