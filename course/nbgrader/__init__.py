"""nbgrader plug-ins: Go-aware steps that slot into nbgrader's converters.

One module, one preprocessor; `configure` puts them in place, so an
instructor reading nbgrader_config.py sees every step that differs from
stock nbgrader.
"""

from .config import configure

__all__ = ["configure"]
