"""Go backend course: Go cell magics, grading and nbgrader plug-ins for JupyterLab."""

__version__ = "0.1.0"


def load_ipython_extension(ipython) -> None:
    """`%load_ext course`: register %%go and %%gotest, then check the Go toolchain."""
    from . import toolchain
    from .magics import GoMagics

    ipython.register_magics(GoMagics(ipython))
    go = toolchain.find_go()  # a missing or old Go raises ToolchainError: one message, no traceback
    print(f"Go course ready: {go.version_text} ({go.origin}).")
