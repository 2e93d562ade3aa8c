from nbgrader.preprocessors import ClearHiddenTests

from .. import cells
from ..goimports import prune_unused_imports


class ClearGoHiddenTests(ClearHiddenTests):
    """Strip hidden tests, then the imports only they used, from `%%gotest` cells.

    Otherwise the released test cell fails with "imported and not used" before
    any test runs. Autograding restores the whole cell, imports included.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cells.exercise_magic(cell) == cells.GOTEST:
            magic_line, _, body = cell.source.partition("\n")
            cell.source = magic_line + "\n" + prune_unused_imports(body)
        return cell, resources
