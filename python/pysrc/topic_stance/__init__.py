"""topic-stance: topics, quotes, speakers and stance of news text.

The analysis of the topic-stance HTTP service, in process (Rust, via PyO3)::

    import topic_stance
    a = topic_stance.Analyzer()          # the models shipped with the package
    r = a.analyze("The minister said: \\"We will act.\\"")
    r["labels"], r["quotes"][0]["speaker"], r["quotes"][0]["stance"]

``Analyzer.analyze`` returns the same dict as the JSON of ``POST /v1/classify``;
``Analyzer.analyze_batch`` analyses many texts in parallel without the GIL;
``Analyzer.model_info`` gives what ``GET /v1/models`` gives; ``shared_analyzer()`` is
one ``Analyzer()`` per process.
"""

import threading

from ._native import Analyzer, ModelError, __version__


def _model_error_str(self) -> str:
    # The library's message names the file and says what is wrong with it; `filename`
    # holds the file too. (OSError's own __str__ would print "[Errno None] None: ...".)
    return str(self.args[0]) if self.args else OSError.__str__(self)


ModelError.__str__ = _model_error_str  # type: ignore[method-assign]

_shared = None
_shared_lock = threading.Lock()


def shared_analyzer() -> Analyzer:
    """The shipped models, loaded once per process and shared (an ``Analyzer`` is
    thread-safe). For code that runs in many places of one process: Spark's Python
    workers, web handlers. The cache lives here, in an imported module, because a
    function that Spark ships from a driver script gets fresh globals with every task."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Analyzer()
    return _shared


__all__ = ["Analyzer", "ModelError", "shared_analyzer", "__version__"]
