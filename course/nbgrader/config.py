"""Everything nbgrader_config.py sets, in one function that tests can call too."""

from __future__ import annotations

import os
from pathlib import Path

from nbgrader.converters import GenerateAssignment, GenerateFeedback
from nbgrader.preprocessors import ClearHiddenTests, ClearOutput, ClearSolutions

from ..notebooks import EXECUTION_TIMEOUT
from .clear_go_hidden_tests import ClearGoHiddenTests
from .clear_go_solutions import ClearGoSolutions
from .clear_graded_outputs import ClearGradedOutputs
from .hide_hidden_tests import HideHiddenTests

COURSE_ID = "go-backend"


def _swap(default: list, old: type, new: type) -> list:
    if old not in default:
        raise RuntimeError(f"nbgrader's default preprocessors no longer contain {old.__name__}: update course.nbgrader")
    return [new if step is old else step for step in default]


def release_preprocessors() -> list:
    steps = GenerateAssignment.class_traits()["preprocessors"].default()
    steps = _swap(steps, ClearSolutions, ClearGoSolutions)
    steps = _swap(steps, ClearHiddenTests, ClearGoHiddenTests)
    return _swap(steps, ClearOutput, ClearGradedOutputs)


def feedback_preprocessors() -> list:
    return [HideHiddenTests, *GenerateFeedback.class_traits()["preprocessors"].default()]


def configure(c, root: Path) -> None:
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*.test"]
    c.Exchange.root = os.environ.get("COURSE_EXCHANGE", str(root / "exchange"))
    c.Exchange.path_includes_course = True
    c.GenerateAssignment.preprocessors = release_preprocessors()
    c.GenerateFeedback.preprocessors = feedback_preprocessors()
    c.Execute.timeout = EXECUTION_TIMEOUT
    c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
    c.ClearSolutions.enforce_metadata = True
    c.ClearHiddenTests.enforce_metadata = True
