//! `topic_stance._native`: the library's [`Analyzer`](topic_stance::analysis::Analyzer)
//! for Python. Every answer is the library's own response type
//! ([`ClassifyResponse`], [`ModelsInfo`]) turned into Python objects through its serde
//! form (pythonize), so a dict from `Analyzer.analyze` equals the JSON of
//! `POST /v1/classify` for the same text, key order included: integers stay `int`,
//! floats stay `float` (the same `f64`).
//!
//! The shipped models (`models/model.json` of the repository) are built into the module
//! with `include_bytes!`: the wheel cannot be installed without them, they always match
//! the code that reads them, and nothing has to be found on disk at run time.
#![forbid(unsafe_code)]

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule, PyString};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use topic_stance::analysis::{AnalysisOptions, Analyzer as Core};
use topic_stance::{model_file, ClassifyResponse, Error, ModelsInfo};

pyo3::create_exception!(
    topic_stance,
    ModelError,
    PyOSError,
    "A model file that cannot be used: unreadable, corrupt, of another format or failing its checks. `filename` names the file."
);

/// `models/model.json` of the repository this module was built from.
static SHIPPED_MODEL: &[u8] = include_bytes!("../../models/model.json");
/// How the shipped models are named in messages.
const SHIPPED_NAME: &str = "<shipped>/model.json";

/// The library's error as the Python exception that fits it.
fn py_err(e: Error) -> PyErr {
    let message = e.to_string();
    match e {
        Error::EmptyText | Error::InvalidParameter { .. } => PyValueError::new_err(message),
        Error::Io { path, source } => {
            let errno = source.raw_os_error().unwrap_or(0);
            let strerror = source.to_string();
            let filename = path.display().to_string();
            if source.kind() == std::io::ErrorKind::NotFound {
                PyFileNotFoundError::new_err((errno, strerror, filename))
            } else {
                PyOSError::new_err((errno, strerror, filename))
            }
        }
        Error::InvalidModel { path, .. } => Python::with_gil(|py| {
            let err = ModelError::new_err(message);
            let _ = err
                .value(py)
                .setattr("filename", path.display().to_string());
            err
        }),
        _ => PyRuntimeError::new_err(message),
    }
}

/// A missing model file as `FileNotFoundError` (errno ENOENT, `filename` set).
fn check_present(dir: &Path) -> PyResult<PathBuf> {
    let path = dir.join(model_file::MODEL_FILE);
    if path.is_file() {
        return Ok(path);
    }
    let what = if dir.is_dir() {
        format!("no {} in the model folder", model_file::MODEL_FILE)
    } else {
        "no such model folder".to_string()
    };
    Err(PyFileNotFoundError::new_err((
        2,
        what,
        path.display().to_string(),
    )))
}

/// A response as Python objects, straight from its serde form (pythonize): structs and
/// maps → dict (keys in the order the HTTP JSON has them), sequences → list, integers →
/// int, floats → float, strings → str, None → None.
fn to_py<'py, T: serde::Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, v).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// The cyclic garbage collector switched off while answers are built, and back on (if
/// it was on) when dropped. The objects built hold no reference cycles, so collections
/// during the build find nothing, but their cost grows with every object already alive:
/// for 7,046 answers they took about a third of the conversion time.
struct GcPause<'py> {
    gc: Bound<'py, PyModule>,
    was_enabled: bool,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        let was_enabled = gc.call_method0("isenabled")?.is_truthy()?;
        if was_enabled {
            gc.call_method0("disable")?;
        }
        Ok(GcPause { gc, was_enabled })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if self.was_enabled {
            let _ = self.gc.call_method0("enable");
        }
    }
}

/// Loaded models, ready to analyse news text: topics, sentences, quotes with their
/// speakers and stance. `Analyzer()` loads the models shipped in the package;
/// `Analyzer.load(path)` (or `Analyzer(path)`) a folder holding a `model.json`.
/// Thread-safe; the analysis runs without the GIL.
#[pyclass(module = "topic_stance", name = "Analyzer", frozen)]
struct Analyzer {
    core: Core,
    /// Where the models came from (a folder, or `<shipped>`).
    source: String,
}

impl Analyzer {
    fn options(
        sentences: bool,
        quotes: bool,
        explain: bool,
        explain_terms: usize,
    ) -> AnalysisOptions {
        AnalysisOptions {
            sentences,
            quotes,
            explain,
            explain_terms,
        }
    }

    /// One document's answer (no GIL needed).
    fn answer(
        &self,
        text: &str,
        id: Option<String>,
        options: &AnalysisOptions,
    ) -> Result<ClassifyResponse, Error> {
        let analysis = self.core.analyze(text, options)?;
        Ok(ClassifyResponse::new(id, analysis, &self.core))
    }

    /// Every document's answer as Python objects, in order. The analyses run on `pool`
    /// (the global rayon pool when `None`) without the GIL; this thread turns each answer
    /// into Python objects as it arrives, so the conversion, which needs the GIL, overlaps
    /// the analysis of the documents still running instead of following it. A failing
    /// document stops the rest: the error names the lowest index that failed.
    fn analyze_all<'py>(
        &self,
        py: Python<'py>,
        docs: &[String],
        pool: Option<&rayon::ThreadPool>,
        options: &AnalysisOptions,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let failed = AtomicBool::new(false);
        let (tx, rx) = mpsc::channel::<(usize, Result<ClassifyResponse, Error>)>();
        let mut answers: Vec<Option<Bound<'py, PyAny>>> = Vec::with_capacity(docs.len());
        answers.resize_with(docs.len(), || None);
        let mut first_error: Option<(usize, Error)> = None;
        std::thread::scope(|scope| {
            let failed = &failed;
            scope.spawn(move || {
                let run = || {
                    docs.par_iter()
                        .enumerate()
                        .for_each_with(tx, |tx, (i, text)| {
                            if failed.load(Ordering::Relaxed) {
                                return;
                            }
                            let answer = self.answer(text, None, options);
                            if answer.is_err() {
                                failed.store(true, Ordering::Relaxed);
                            }
                            // The receiver lives until every sender is gone.
                            let _ = tx.send((i, answer));
                        })
                };
                match pool {
                    Some(pool) => pool.install(run),
                    None => run(),
                }
            });
            let _pause = GcPause::new(py)?;
            // Behind a lock only so that the closure run without the GIL may borrow it.
            let rx = Mutex::new(rx);
            loop {
                // Wait without the GIL for the next answer, then take all that are ready.
                let arrived: Vec<_> = py.allow_threads(|| {
                    let rx = rx.lock().unwrap_or_else(|p| p.into_inner());
                    rx.recv().into_iter().chain(rx.try_iter()).collect()
                });
                if arrived.is_empty() {
                    return Ok(());
                }
                for (i, answer) in arrived {
                    match answer {
                        Ok(r) if first_error.is_none() => match to_py(py, &r) {
                            Ok(obj) => answers[i] = Some(obj),
                            Err(e) => {
                                failed.store(true, Ordering::Relaxed);
                                return Err(e);
                            }
                        },
                        Ok(_) => {}
                        Err(e) => {
                            if first_error.as_ref().is_none_or(|(j, _)| i < *j) {
                                first_error = Some((i, e));
                            }
                        }
                    }
                }
            }
        })?;
        if let Some((i, e)) = first_error {
            return Err(PyValueError::new_err(format!("texts[{i}]: {e}")));
        }
        answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                a.ok_or_else(|| PyRuntimeError::new_err(format!("texts[{i}]: no answer came back")))
            })
            .collect()
    }

    fn from_dir(py: Python<'_>, dir: PathBuf) -> PyResult<Self> {
        check_present(&dir)?;
        let core = py.allow_threads(|| Core::load(&dir)).map_err(py_err)?;
        Ok(Analyzer {
            core,
            source: dir.display().to_string(),
        })
    }

    fn shipped(py: Python<'_>) -> PyResult<Self> {
        let core = py
            .allow_threads(|| {
                let file = model_file::parse(Path::new(SHIPPED_NAME), SHIPPED_MODEL)?;
                Core::new(file)
            })
            .map_err(py_err)?;
        Ok(Analyzer {
            core,
            source: "<shipped>".into(),
        })
    }
}

#[pymethods]
impl Analyzer {
    /// `Analyzer()`: the models shipped with the package. `Analyzer(path)`: the models
    /// in the folder `path` (its `model.json`), like `Analyzer.load(path)`.
    #[new]
    #[pyo3(signature = (models=None))]
    fn new(py: Python<'_>, models: Option<PathBuf>) -> PyResult<Self> {
        match models {
            Some(dir) => Self::from_dir(py, dir),
            None => Self::shipped(py),
        }
    }

    /// The models in the folder `path` (its `model.json`). A missing folder or file
    /// raises `FileNotFoundError`; a file that cannot be used, `ModelError` (an
    /// `OSError`); both name the file in `filename`.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        Self::from_dir(py, path)
    }

    /// The analysis of one document: a dict with exactly the JSON of the HTTP
    /// service's `POST /v1/classify` answer (`topics`, `labels`, `sentences`, `quotes`,
    /// `warnings`, `explanations` when asked, `model`, and `id` when given). Offsets
    /// are code points, i.e. Python `str` indices. Blank text raises `ValueError`.
    #[pyo3(signature = (text, explain=false, sentences=true, quotes=true, *, explain_terms=8, id=None))]
    #[allow(clippy::too_many_arguments)]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: String,
        explain: bool,
        sentences: bool,
        quotes: bool,
        explain_terms: usize,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = Self::options(sentences, quotes, explain, explain_terms);
        let value = py
            .allow_threads(|| self.answer(&text, id, &options))
            .map_err(py_err)?;
        to_py(py, &value)
    }

    /// The analyses of many documents, in order, computed in parallel without the GIL:
    /// on the library's rayon pool (every core), or on a pool of `threads` threads when
    /// given, while the calling thread turns the finished answers into dicts. Each item
    /// equals `analyze(text, ...)`. A blank text raises `ValueError` naming its index;
    /// nothing is returned then.
    #[pyo3(signature = (texts, threads=None, explain=false, sentences=true, quotes=true, *, explain_terms=8))]
    #[allow(clippy::too_many_arguments)]
    fn analyze_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        explain: bool,
        sentences: bool,
        quotes: bool,
        explain_terms: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts is a list of str, not one str: use analyze() for one document",
            ));
        }
        let docs: Vec<String> = texts
            .try_iter()?
            .map(|t| t.and_then(|t| t.extract::<String>()))
            .collect::<PyResult<_>>()?;
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let options = Self::options(sentences, quotes, explain, explain_terms);
        let pool = match threads {
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| {
                        PyRuntimeError::new_err(format!("cannot start {n} threads: {e}"))
                    })?,
            ),
            None => None,
        };
        let answers = self.analyze_all(py, &docs, pool.as_ref(), &options)?;
        PyList::new(py, answers)
    }

    /// What the models are: the JSON of the HTTP service's `GET /v1/models` (version,
    /// trained_at, format, topic labels with thresholds, stance labels, tasks and their
    /// figures, real-text figures).
    fn model_info<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &ModelsInfo::of(&self.core))
    }

    /// The model version (a short hash of data, tasks and trainer).
    #[getter]
    fn version(&self) -> String {
        self.core.model_file().version.clone()
    }

    /// When the models were trained (RFC 3339).
    #[getter]
    fn trained_at(&self) -> String {
        self.core.model_file().trained_at.clone()
    }

    /// The topic labels, in model order.
    #[getter]
    fn labels(&self) -> Vec<String> {
        self.core.labels().map(str::to_string).collect()
    }

    /// Where the models came from: a folder, or `<shipped>`.
    #[getter]
    fn source(&self) -> String {
        self.source.clone()
    }

    fn __repr__(&self) -> String {
        format!(
            "Analyzer(version={:?}, source={:?})",
            self.core.model_file().version,
            self.source
        )
    }
}

/// The compiled part of the `topic_stance` package.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add("ModelError", m.py().get_type::<ModelError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
