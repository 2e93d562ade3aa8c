# nbgrader configuration of the Go backend course.
# The Go-aware steps live in course/nbgrader/; configure() lists them. A broken
# import here must not pass silently (nbgrader would fall back to its stock,
# Python-only settings), so tests/test_nbgrader_config.py loads this file.
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from course.nbgrader import configure  # noqa: E402

c = get_config()  # noqa: F821
configure(c, ROOT)
