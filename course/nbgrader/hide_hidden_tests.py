from nbgrader.preprocessors import ClearHiddenTests


class HideHiddenTests(ClearHiddenTests):
    """Strip hidden test source from the feedback a student gets back.

    Feedback is rendered from the autograded notebook, where the hidden tests
    were restored; the report in the cell's output still names each hidden
    test and its result.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        self._remove_hidden_test_region(cell)
        return cell, resources
