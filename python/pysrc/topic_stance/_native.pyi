"""Type stubs of the compiled module ``topic_stance._native``."""

from os import PathLike
from typing import Any, Dict, Iterable, List, Optional, Union

__version__: str

class ModelError(OSError):
    """A model file that cannot be used: unreadable, corrupt, of another format or
    failing its checks. ``filename`` names the file."""

class Analyzer:
    """Loaded models, ready to analyse news text.

    ``Analyzer()`` loads the models shipped in the package; ``Analyzer(path)`` or
    ``Analyzer.load(path)`` the ``model.json`` in the folder ``path``. Thread-safe;
    the analysis runs without the GIL.
    """

    def __init__(self, models: Optional[Union[str, PathLike[str]]] = None) -> None: ...
    @staticmethod
    def load(path: Union[str, PathLike[str]]) -> "Analyzer":
        """The models in the folder ``path``. ``FileNotFoundError`` when the folder or
        its ``model.json`` is missing; ``ModelError`` when the file cannot be used."""
        ...
    def analyze(
        self,
        text: str,
        explain: bool = False,
        sentences: bool = True,
        quotes: bool = True,
        *,
        explain_terms: int = 8,
        id: Optional[str] = None,
    ) -> Dict[str, Any]:
        """The analysis of one document: exactly the JSON of ``POST /v1/classify``
        (``topics``, ``labels``, ``sentences``, ``quotes``, ``warnings``,
        ``explanations`` when asked, ``model``, and ``id`` when given).
        ``ValueError`` for blank text."""
        ...
    def analyze_batch(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        explain: bool = False,
        sentences: bool = True,
        quotes: bool = True,
        *,
        explain_terms: int = 8,
    ) -> List[Dict[str, Any]]:
        """The analyses of many documents, in order, in parallel without the GIL (every
        core, or ``threads`` threads), while the calling thread turns finished answers
        into dicts. ``ValueError`` naming the index of a blank text."""
        ...
    def model_info(self) -> Dict[str, Any]:
        """What ``GET /v1/models`` gives: version, trained_at, labels with thresholds,
        stance labels, tasks and their figures."""
        ...
    @property
    def version(self) -> str: ...
    @property
    def trained_at(self) -> str: ...
    @property
    def labels(self) -> List[str]: ...
    @property
    def source(self) -> str: ...
