"""nbgrader swallows errors in nbgrader_config.py and falls back to stock settings: load it here."""

import runpy
from pathlib import Path

from nbgrader.preprocessors import ClearOutput, ClearSolutions
from traitlets.config import Config

from course.nbgrader.clear_go_solutions import ClearGoSolutions
from course.nbgrader.clear_graded_outputs import ClearGradedOutputs
from course.nbgrader.hide_hidden_tests import HideHiddenTests

ROOT = Path(__file__).resolve().parent.parent


def load() -> Config:
    config = Config()
    runpy.run_path(str(ROOT / "nbgrader_config.py"), init_globals={"get_config": lambda: config})
    return config


def test_config_loads_with_go_steps():
    c = load()
    assert c.CourseDirectory.course_id == "go-backend"
    release = c.GenerateAssignment.preprocessors
    assert ClearGoSolutions in release and ClearSolutions not in release
    assert ClearGradedOutputs in release and ClearOutput not in release
    assert c.GenerateFeedback.preprocessors[0] is HideHiddenTests
    assert c.Execute.timeout >= 300


def _cell(source, solution=True):
    from nbformat.v4 import new_code_cell

    return new_code_cell(source, metadata={"nbgrader": {"solution": solution, "grade": False,
                                                        "grade_id": "x", "locked": False, "schema_version": 3}})


def test_go_solution_region_becomes_a_compiling_stub():
    step = ClearGoSolutions()
    cell = _cell("%%go rev\npackage rev\n\nfunc Rev(s string) string {\n\t// BEGIN SOLUTION\n\treturn s\n\t// END SOLUTION\n}")
    cell, _ = step.preprocess_cell(cell, {"language": "python"}, 0)
    assert cell.source == ('%%go rev\npackage rev\n\nfunc Rev(s string) string {\n'
                           '\t// YOUR CODE HERE\n\tpanic("not implemented")\n}')


def test_go_solution_cell_without_markers_stops_the_release():
    import pytest

    with pytest.raises(RuntimeError, match="has no '// BEGIN SOLUTION'"):
        ClearGoSolutions().preprocess_cell(_cell("%%go rev\npackage rev\n"), {"language": "python"}, 0)


def test_python_cells_keep_stock_behaviour():
    cell, _ = ClearGoSolutions().preprocess_cell(_cell("x = 1"), {"language": "python"}, 0)
    assert cell.source == "# YOUR CODE HERE\nraise NotImplementedError()"
