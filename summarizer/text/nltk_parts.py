"""The parts of NLTK the library uses (Punkt, the Snowball stemmers), without the rest of NLTK.

`import nltk` runs the package's `__init__`, which imports nearly all of NLTK and scipy.stats
with it: about a second and 100 MB before the first sentence is split. The modules used here
need only a few small NLTK modules, but any `import nltk.x.y` runs `nltk/__init__` and
`nltk/x/__init__` first. So the packages on the way (`nltk`, `nltk.tokenize`, `nltk.stem`,
`nltk.corpus`) are put in `sys.modules` as *deferred* packages: their submodules import as
usual, and the package's own `__init__` runs the first time someone asks it for a name that is
not a submodule (`nltk.word_tokenize`, say, when sumy's baselines import NLTK). From then on the
package is the whole package, and the modules imported here are the ones it holds.

When NLTK is already imported, this changes nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from typing import Any

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")


class _DeferredPackage(types.ModuleType):
    """A package whose `__init__` runs when a name that is not a submodule is asked of it."""

    def __getattr__(self, name: str) -> Any:
        state = self.__dict__
        if state.get("_initialised") or (name.startswith("__") and name != "__all__"):
            raise AttributeError(name)
        if any(os.path.exists(os.path.join(path, name))
               or os.path.exists(os.path.join(path, name + ".py")) for path in self.__path__):
            raise AttributeError(name)  # a submodule: the import system loads it
        state["_initialised"] = True
        self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
        return getattr(self, name)


def _defer(name: str) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None or spec.loader is None:
        raise ImportError(f"{name} is not an installed package")
    package = _DeferredPackage(name)
    package.__spec__ = spec
    package.__path__ = list(spec.submodule_search_locations)
    package.__file__ = spec.origin
    package.__package__ = name
    package.__loader__ = spec.loader
    sys.modules[name] = package


class _Stopwords:
    """NLTK's stop-word corpus, imported when used (Snowball's ignore_stopwords option)."""

    def __getattr__(self, name: str) -> Any:
        from nltk.corpus import stopwords

        return getattr(stopwords, name)


_deferred = "nltk" not in sys.modules
if _deferred:
    for _name in _PACKAGES:
        _defer(_name)
    # The Snowball module imports the stop-word corpus at its top, which would run all of
    # nltk.corpus: it gets a stand-in that imports the corpus when it is used.
    sys.modules["nltk.corpus"].__dict__["stopwords"] = _Stopwords()

from nltk.stem.snowball import SnowballStemmer  # noqa: E402
from nltk.tokenize.punkt import (  # noqa: E402
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktTokenizer,
)

if _deferred and isinstance(sys.modules["nltk.corpus"].__dict__.get("stopwords"), _Stopwords):
    del sys.modules["nltk.corpus"].__dict__["stopwords"]  # asked for now, it imports the corpus

__all__ = ["_ORTHO_BEG_UC", "_ORTHO_MID_LC", "PunktLanguageVars", "PunktParameters",
           "PunktSentenceTokenizer", "PunktTokenizer", "SnowballStemmer"]
