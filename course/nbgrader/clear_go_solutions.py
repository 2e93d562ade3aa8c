from nbgrader.preprocessors import ClearSolutions
from nbgrader.utils import is_solution
from traitlets import Unicode

from .. import cells
from ..goimports import prune_unused_imports

GO_STUB = '// YOUR CODE HERE\npanic("not implemented")'


def is_go_answer(cell) -> bool:
    return cells.exercise_magic(cell) == cells.GO


class ClearGoSolutions(ClearSolutions):
    """Replace each solution region of a `%%go NAME` answer cell with a Go stub that compiles.

    Stock ClearSolutions would use the kernel's language (Python) and, for a
    solution cell without markers, silently replace the whole cell, magic
    line included. Here a Go answer cell without markers stops the release.
    """

    go_stub = Unicode(GO_STUB, help="The Go statements that replace a solution region").tag(config=True)

    def preprocess_cell(self, cell, resources, cell_index):
        if not is_go_answer(cell):
            return super().preprocess_cell(cell, resources, cell_index)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", f"cell {cell_index}")
        if self.begin_solution_delimeter not in cell.source:
            if is_solution(cell):
                raise RuntimeError(
                    f"Go answer cell '{grade_id}' has no '// {self.begin_solution_delimeter}' ... "
                    f"'// {self.end_solution_delimeter}' region: releasing it would hand out the "
                    "solution or an empty cell. Mark the solution inside the function bodies."
                )
            return cell, resources
        self.code_stub = {**self.code_stub, "go": self.go_stub}
        language = resources["language"]
        resources["language"] = "go"
        try:
            cell, resources = super().preprocess_cell(cell, resources, cell_index)
        finally:
            resources["language"] = language
        # imports only the solution used would make the stub fail with "imported and not used"
        magic_line, _, body = cell.source.partition("\n")
        cell.source = magic_line + "\n" + prune_unused_imports(body)
        return cell, resources
