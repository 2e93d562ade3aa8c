import os
import sys
from pathlib import Path


def _use_course_environment() -> None:
    """`python3 -m course ...` from the course folder works without activating .venv."""
    try:
        import nbformat  # noqa: F401
        import tqdm  # noqa: F401
    except ImportError:
        venv = Path(__file__).resolve().parent.parent / ".venv"
        venv_python = venv / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
            os.execv(str(venv_python), [str(venv_python), "-m", "course", *sys.argv[1:]])
        sys.exit("The course's Python packages are missing: run ./course.sh setup first.")


_use_course_environment()

from .cli import main  # noqa: E402

raise SystemExit(main())
