from ._native import Analyzer as Analyzer, ModelError as ModelError, __version__ as __version__

def shared_analyzer() -> Analyzer:
    """The shipped models, loaded once per process and shared."""
    ...
