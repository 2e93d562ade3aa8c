"""Imports that only removed code used are dropped from released cells; all others stay."""

from nbformat.v4 import new_code_cell

from course.goimports import package_names, prune_unused_imports
from course.nbgrader.clear_go_hidden_tests import ClearGoHiddenTests
from course.nbgrader.clear_go_solutions import ClearGoSolutions

SOURCE = '''package x

import (
	"fmt"
	"math"
	"math/big" // arbitrary precision
	"strings"

	yaml "gopkg.in/yaml.v3"
	"github.com/go-chi/chi/v5"
	_ "embed"
)

import "os"

// math.Pi appears only in this comment
func F() string {
	s := "strings.ToUpper appears only in this string"
	return fmt.Sprint(chi.X, s)
}
'''


def test_unused_imports_go_used_and_blank_ones_stay():
    assert prune_unused_imports(SOURCE) == '''package x

import (
	"fmt"

	"github.com/go-chi/chi/v5"
	_ "embed"
)

// math.Pi appears only in this comment
func F() string {
	s := "strings.ToUpper appears only in this string"
	return fmt.Sprint(chi.X, s)
}
'''


def test_an_import_block_left_empty_disappears():
    assert prune_unused_imports('package x\n\nimport (\n\t"fmt"\n)\n\nfunc F() {}\n') == "package x\n\nfunc F() {}\n"


def test_package_names_of_decorated_paths():
    assert "yaml" in package_names("gopkg.in/yaml.v3")
    assert "chi" in package_names("github.com/go-chi/chi/v5")
    assert "sqlite3" in package_names("github.com/mattn/go-sqlite3")
    assert "big" in package_names("math/big")


def _meta(**flags):
    return {"nbgrader": {"grade_id": "x", "schema_version": 3, "locked": False, **flags}}


def test_released_tests_keep_only_imports_of_public_tests():
    cell = new_code_cell(
        '%%gotest w --points 3\npackage w\n\nimport (\n\t"math/big"\n\t"testing"\n)\n\n'
        "func TestA(t *testing.T) {}\n\n// BEGIN HIDDEN TESTS\nfunc TestB(t *testing.T) {\n"
        "\t_ = big.NewInt(1)\n}\n// END HIDDEN TESTS\n",
        metadata=_meta(grade=True, solution=False, points=3))
    cell, _ = ClearGoHiddenTests().preprocess_cell(cell, {}, 0)
    assert '"math/big"' not in cell.source and '"testing"' in cell.source and "TestB" not in cell.source


def test_stub_keeps_only_imports_used_outside_the_solution():
    cell = new_code_cell(
        '%%go w\npackage w\n\nimport (\n\t"strings"\n\t"unicode"\n)\n\nvar IsSpace = unicode.IsSpace\n\n'
        "func Up(s string) string {\n\t// BEGIN SOLUTION\n\treturn strings.ToUpper(s)\n\t// END SOLUTION\n}\n",
        metadata=_meta(grade=False, solution=True))
    cell, _ = ClearGoSolutions().preprocess_cell(cell, {"language": "python"}, 0)
    assert '"strings"' not in cell.source and '"unicode"' in cell.source
    assert 'panic("not implemented")' in cell.source


def test_import_lines_inside_a_raw_string_are_not_imports():
    source = '''package x

import (
	"os"
	"testing"
)

const program = `package main

import "fmt"

func main() { fmt.Println("hi") }
`

func TestX(t *testing.T) { _ = program }
'''
    pruned = prune_unused_imports(source)
    assert 'import "fmt"' in pruned and '"testing"' in pruned and '"os"' not in pruned
