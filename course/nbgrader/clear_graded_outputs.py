from nbgrader.preprocessors import NbGraderPreprocessor

from .. import notebooks


class ClearGradedOutputs(NbGraderPreprocessor):
    """Clear the outputs of answer, test and setup cells, keeping the examples' outputs.

    Replaces nbgrader's ClearOutput at release: a student should see what
    each example prints before running it, but no answer or grade output.
    """

    def preprocess(self, nb, resources):
        return notebooks.clear_graded_outputs(nb), resources
