//! `marsad._marsad`: the Python extension module behind the `marsad` package.
//!
//! A thin shell around [`marsad_core::Analyzer::analyze`]: Python objects in, `marsad/1`
//! analyses out. The analyzer (the compiled dictionaries) is built once per process and
//! shared by every call and thread. Batches are analysed with rayon with the GIL released;
//! only the conversion of arguments and results holds it.
//!
//! Results are built from the [`Analysis`] structs directly ([`pyser`]), equal to
//! `json.loads` of the CLI's line for the same article (the tests compare them).

mod pyser;

use marsad_core::{Analysis, Analyzer, Article};
use pyo3::exceptions::{PyRuntimeError, PyStopIteration, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyInt, PyIterator, PyString};
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex, OnceLock};

/// Default number of articles taken from the input per parallel batch.
const DEFAULT_BATCH: usize = 512;

/// Results made into Python objects at a time while the caller drops them as it goes
/// (see `AnalysisIterator::convert_chunk`).
const CHUNK: usize = 16;

/// Batches analysed in the background while the main thread yields the previous one
/// (turning it into Python objects as it goes): two, so the workers always have a batch queued and never wait for
/// the main thread.
const IN_FLIGHT: usize = 2;

static ANALYZER: OnceLock<Result<Analyzer, String>> = OnceLock::new();

/// The process-wide analyzer, built on first use (embedded dictionaries).
fn analyzer(py: Python<'_>) -> PyResult<&'static Analyzer> {
    let r = match ANALYZER.get() {
        Some(r) => r,
        None => py.detach(|| ANALYZER.get_or_init(|| Analyzer::new().map_err(|e| e.to_string()))),
    };
    r.as_ref().map_err(|e| {
        PyRuntimeError::new_err(format!(
            "marsad: the embedded dictionaries failed to load: {e}"
        ))
    })
}

/// Thread pools for explicit `threads=` values, built once per size.
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("marsad-{i}"))
        .build()
        .map_err(|e| {
            PyRuntimeError::new_err(format!("marsad: cannot start {threads} threads: {e}"))
        })?;
    let p = Arc::new(p);
    pools.insert(threads, p.clone());
    Ok(p)
}

/// A str's text as a Rust String. CPython encodes it into a bytes object (or copies the
/// UTF-8 form it may already keep with the str), which is copied out; unlike pyo3's
/// `to_cow` (for abi3-py39), the bytes are not checked again: CPython's UTF-8 is valid
/// (it refuses lone surrogates, which fail here). The UTF-8 form is not added to the
/// str, so the caller's strs take no more memory than before.
fn to_string(s: &Bound<'_, PyString>) -> PyResult<String> {
    // SAFETY: s is a live str and we hold the GIL; a non-null result is a new bytes
    // object, whose buffer we copy before releasing it.
    unsafe {
        let b = pyo3::ffi::PyUnicode_AsUTF8String(s.as_ptr());
        if b.is_null() {
            return Err(PyErr::fetch(s.py()));
        }
        let b = Bound::from_owned_ptr(s.py(), b).cast_into_unchecked::<PyBytes>();
        Ok(std::str::from_utf8_unchecked(b.as_bytes()).to_owned())
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// `text`: a `str` and nothing else, with a hint for the usual mistakes.
fn extract_text(obj: &Bound<'_, PyAny>, what: &dyn fmt::Display) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return to_string(s).map_err(|e| {
            PyValueError::new_err(format!(
                "{what}: text is not valid Unicode (lone surrogates?): {e}"
            ))
        });
    }
    if obj.is_none() {
        return Err(PyTypeError::new_err(format!(
            "{what}: text must be str, not None"
        )));
    }
    if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() {
        return Err(PyTypeError::new_err(format!(
            "{what}: text must be str, not {}; decode it first, e.g. data.decode('utf-8', 'replace')",
            type_name(obj)
        )));
    }
    Err(PyTypeError::new_err(format!(
        "{what}: text must be str, not {}",
        type_name(obj)
    )))
}

/// An optional string field (`title`, `source`, `url`).
fn extract_opt_str(
    obj: Option<&Bound<'_, PyAny>>,
    field: &str,
    what: &dyn fmt::Display,
) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => match o.cast::<PyString>() {
            Ok(s) => Ok(Some(to_string(s).map_err(|e| {
                PyValueError::new_err(format!("{what}: {field} is not valid Unicode: {e}"))
            })?)),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{what}: {field} must be str or None, not {}",
                type_name(o)
            ))),
        },
    }
}

/// `id`: str, or an int (written in decimal, as the CLI does for numeric JSON ids).
fn extract_id(obj: Option<&Bound<'_, PyAny>>, what: &dyn fmt::Display) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) if o.is_instance_of::<PyInt>() && !o.is_instance_of::<pyo3::types::PyBool>() => {
            Ok(Some(o.str()?.to_cow()?.into_owned()))
        }
        other => extract_opt_str(other, "id", what),
    }
}

/// `date`: str, or a `datetime.date` / `datetime.datetime` (written as ISO 8601).
fn extract_date(
    obj: Option<&Bound<'_, PyAny>>,
    what: &dyn fmt::Display,
) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) if o.is_instance_of::<PyString>() => extract_opt_str(Some(o), "date", what),
        Some(o) => {
            let datetime = o.py().import("datetime")?;
            if o.is_instance(&datetime.getattr("date")?)? {
                Ok(Some(o.call_method0("isoformat")?.extract::<String>()?))
            } else {
                Err(PyTypeError::new_err(format!(
                    "{what}: date must be a str (YYYY-MM-DD), a datetime.date or None, not {}",
                    type_name(o)
                )))
            }
        }
    }
}

/// Names an input item in error messages: `article 3 (id "x")`; built only when needed.
struct Who<'a> {
    index: usize,
    id: Option<&'a str>,
}

impl fmt::Display for Who<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.id {
            Some(id) => write!(f, "article {} (id {id:?})", self.index),
            None => write!(f, "article {}", self.index),
        }
    }
}

/// One input item of `analyze_many`: a dict with `text` and optional `id`, `date`,
/// `title`, `source`, `url`, or a plain str (the text). A missing id becomes the item's
/// position in the input.
///
/// Also returns the text as the Python str it came from: [`pyser`] slices span texts from
/// it.
fn extract_article<'py>(
    item: &Bound<'py, PyAny>,
    index: usize,
) -> PyResult<(Article, Bound<'py, PyString>)> {
    let what = Who { index, id: None };
    if let Ok(d) = item.cast::<PyDict>() {
        let py = d.py();
        let id_obj = d.get_item(intern!(py, "id"))?;
        let id = extract_id(id_obj.as_ref(), &what)?;
        let what = Who {
            index,
            id: id.as_deref(),
        };
        let (text, text_obj) = match d.get_item(intern!(py, "text"))? {
            Some(t) => {
                let text = extract_text(&t, &what)?;
                (text, t.cast_into::<PyString>()?)
            }
            None => return Err(PyValueError::new_err(format!("{what}: no \"text\" key"))),
        };
        let article = Article {
            date: extract_date(d.get_item(intern!(py, "date"))?.as_ref(), &what)?,
            title: extract_opt_str(d.get_item(intern!(py, "title"))?.as_ref(), "title", &what)?,
            source: extract_opt_str(d.get_item(intern!(py, "source"))?.as_ref(), "source", &what)?,
            url: extract_opt_str(d.get_item(intern!(py, "url"))?.as_ref(), "url", &what)?,
            id: id.unwrap_or_else(|| index.to_string()),
            text,
        };
        Ok((article, text_obj))
    } else if let Ok(s) = item.cast::<PyString>() {
        let article = Article {
            id: index.to_string(),
            text: extract_text(item, &what)?,
            ..Default::default()
        };
        Ok((article, s.clone()))
    } else {
        Err(PyTypeError::new_err(format!(
            "{what}: expected a dict with a \"text\" key (or a str), not {}",
            type_name(item)
        )))
    }
}

/// Analyse one article, turning a panic (a bug: `analyze` is written never to panic)
/// into an error for this article rather than for the process.
fn analyze_one(analyzer: &Analyzer, article: &Article) -> Result<Analysis, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyzer.analyze(article)))
        .map_err(|_| internal_error(article))
}

/// The error for an article whose analysis panicked.
fn internal_error(article: &Article) -> String {
    format!(
        "marsad: internal error while analysing id {:?} (please report this bug)",
        article.id
    )
}

/// Analyse one article and return its marsad/1 analysis as a dict (equal to json.loads
/// of the line `marsad analyze` writes for the same article).
///
/// text must be a str (bytes: decode first). id is a str or an int (default ""). date is
/// "YYYY-MM-DD" (optionally followed by a time) or a datetime.date; it picks dated actor
/// codes, and an unreadable date is reported in diagnostics. Raises TypeError for
/// arguments of the wrong type, ValueError for a str with lone surrogates.
#[pyfunction]
#[pyo3(signature = (text, *, id=None, date=None, title=None, source=None, url=None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    id: Option<&Bound<'py, PyAny>>,
    date: Option<&Bound<'py, PyAny>>,
    title: Option<&Bound<'py, PyAny>>,
    source: Option<&Bound<'py, PyAny>>,
    url: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let article = article_from_args(text, id, date, title, source, url)?;
    let analyzer = analyzer(py)?;
    let analysis = py
        .detach(|| analyze_one(analyzer, &article))
        .map_err(PyRuntimeError::new_err)?;
    pyser::to_py(py, &analysis)
}

/// Like analyze(), but return the analysis as one line of JSON (no newline), byte for
/// byte what `marsad analyze` writes for the same article.
#[pyfunction]
#[pyo3(signature = (text, *, id=None, date=None, title=None, source=None, url=None))]
fn analyze_json<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    id: Option<&Bound<'py, PyAny>>,
    date: Option<&Bound<'py, PyAny>>,
    title: Option<&Bound<'py, PyAny>>,
    source: Option<&Bound<'py, PyAny>>,
    url: Option<&Bound<'py, PyAny>>,
) -> PyResult<String> {
    let article = article_from_args(text, id, date, title, source, url)?;
    let analyzer = analyzer(py)?;
    py.detach(|| {
        let a = analyze_one(analyzer, &article)?;
        serde_json::to_string(&a).map_err(|e| format!("marsad: cannot serialize the analysis: {e}"))
    })
    .map_err(PyRuntimeError::new_err)
}

fn article_from_args(
    text: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    date: Option<&Bound<'_, PyAny>>,
    title: Option<&Bound<'_, PyAny>>,
    source: Option<&Bound<'_, PyAny>>,
    url: Option<&Bound<'_, PyAny>>,
) -> PyResult<Article> {
    let what: &dyn fmt::Display = &"analyze()";
    Ok(Article {
        id: extract_id(id, what)?.unwrap_or_default(),
        date: extract_date(date, what)?,
        title: extract_opt_str(title, "title", what)?,
        source: extract_opt_str(source, "source", what)?,
        url: extract_opt_str(url, "url", what)?,
        text: extract_text(text, what)?,
    })
}

/// Analyse a batch in parallel (on the current rayon pool), in order.
fn analyze_batch(
    analyzer: &Analyzer,
    articles: &[Article],
    as_json: bool,
) -> Result<Vec<Out>, String> {
    // Chunks analysed stage by stage, as `marsad analyze` does (docs/benchmarks.md).
    articles
        .par_chunks(Analyzer::BATCH_ARTICLES)
        .flat_map_iter(|chunk| {
            let analyses = analyzer.analyze_batch(&chunk.iter().collect::<Vec<_>>());
            chunk.iter().zip(analyses)
        })
        .map(|(a, analysis)| {
            let analysis = analysis.ok_or_else(|| internal_error(a))?;
            if !as_json {
                let sliced = pyser::long_spans_are_slices(&a.text, &analysis);
                return Ok(Out::Analysis(Box::new(analysis), sliced));
            }
            serde_json::to_string(&analysis)
                .map(Out::Json)
                .map_err(|e| {
                    format!(
                        "marsad: cannot serialize the analysis of id {:?}: {e}",
                        a.id
                    )
                })
        })
        .collect()
}

/// The iterator returned by `analyze_many`: takes `batch_size` articles at a time from
/// the input, analyses them in parallel without the GIL, and yields the results in
/// input order. Two batches are analysed in the background while the previous one is
/// yielded; its results become Python objects (which needs the GIL, so runs on one core)
/// a few at a time as they are asked for ([`AnalysisIterator::convert_chunk`]).
#[pyclass(module = "marsad._marsad")]
struct AnalysisIterator {
    input: Option<Py<PyIterator>>,
    /// Results made into Python objects, to yield.
    ready: VecDeque<Py<PyAny>>,
    /// The last two results yielded (to tell whether the caller keeps them).
    recent: VecDeque<Py<PyAny>>,
    /// The analysed batch being yielded, a chunk at a time.
    current: Option<Current>,
    /// The batches being analysed in the background, oldest first (at most
    /// [`IN_FLIGHT`]).
    pending: VecDeque<Pending>,
    /// An error met while reading the input, raised once everything before it is out.
    deferred: Option<PyErr>,
    pool: Option<Arc<rayon::ThreadPool>>,
    batch_size: usize,
    as_json: bool,
    next_index: usize,
    /// Whether the last batch was analysed before this thread asked for it.
    workers_ahead: bool,
    /// Small ints, short strs and floats shared by the results.
    cache: pyser::Cache,
}

/// The analyses of one batch, or what went wrong.
type Batch = Result<Vec<Out>, String>;

enum Out {
    Json(String),
    /// Already yielded and freed.
    Done,
    /// With whether its long span texts may be sliced from the Python text
    /// ([`pyser::long_spans_are_slices`]).
    Analysis(Box<Analysis>, bool),
}

/// The analysed batch being yielded.
struct Current {
    results: Vec<Out>,
    /// The articles' texts as the Python strs they came from.
    texts: Vec<Py<PyString>>,
    /// The index of the next result to yield.
    next: usize,
}

/// A batch being analysed in the background.
struct Pending {
    rx: Mutex<Receiver<Batch>>,
    /// The articles' texts as the Python strs they came from, in order.
    texts: Vec<Py<PyString>>,
}

#[pymethods]
impl AnalysisIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        loop {
            if let Some(obj) = self.ready.pop_front() {
                // Remember the last two results yielded: see `convert_chunk`.
                if self.recent.len() == 2 {
                    self.recent.pop_front();
                }
                self.recent.push_back(obj.clone_ref(py));
                return Ok(obj);
            }
            if self.current.is_some() {
                self.convert_chunk(py)?;
                continue;
            }
            if !self.next_batch(py)? {
                return match self.deferred.take() {
                    Some(e) => Err(e),
                    None => Err(PyStopIteration::new_err(())),
                };
            }
        }
    }
}

impl AnalysisIterator {
    /// Read the next batch of articles from the input (with the GIL). A bad item or an
    /// exception from the input ends the input: the articles before it are still
    /// analysed and yielded, then the error is raised.
    fn read_batch(&mut self, py: Python<'_>) -> (Vec<Article>, Vec<Py<PyString>>) {
        let mut articles = Vec::new();
        let mut texts = Vec::new();
        let Some(input) = self.input.as_ref() else {
            return (articles, texts);
        };
        let mut input = input.bind(py).clone();
        let mut bytes = 0usize;
        while articles.len() < self.batch_size && bytes < (32 << 20) {
            match input.next() {
                Some(item) => match item.and_then(|item| extract_article(&item, self.next_index)) {
                    Ok((a, t)) => {
                        self.next_index += 1;
                        bytes += a.text.len();
                        articles.push(a);
                        texts.push(t.unbind());
                    }
                    Err(e) => {
                        self.input = None;
                        self.deferred = Some(e);
                        break;
                    }
                },
                None => {
                    self.input = None;
                    break;
                }
            }
        }
        (articles, texts)
    }

    /// Start analysing a batch in the background (on rayon), returning its receiver.
    fn start(
        &self,
        py: Python<'_>,
        (articles, texts): (Vec<Article>, Vec<Py<PyString>>),
    ) -> PyResult<Option<Pending>> {
        if articles.is_empty() {
            return Ok(None);
        }
        let analyzer = analyzer(py)?;
        let as_json = self.as_json;
        let (tx, rx) = sync_channel(1);
        let job = move || {
            // A panic escaping a spawned rayon job would abort the process: catch it.
            let results = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                analyze_batch(analyzer, &articles, as_json)
            }))
            .unwrap_or_else(|_| {
                Err(
                    "marsad: internal error in a worker thread (please report this bug)"
                        .to_string(),
                )
            });
            let _ = tx.send(results);
        };
        match &self.pool {
            Some(p) => p.spawn(job),
            None => rayon::spawn(job),
        }
        Ok(Some(Pending {
            rx: Mutex::new(rx),
            texts,
        }))
    }

    /// Start batches until [`IN_FLIGHT`] are being analysed (or the input is done).
    fn top_up(&mut self, py: Python<'_>) -> PyResult<()> {
        while self.pending.len() < IN_FLIGHT && self.input.is_some() {
            let batch = self.read_batch(py);
            match self.start(py, batch)? {
                Some(rx) => self.pending.push_back(rx),
                None => break,
            }
        }
        Ok(())
    }

    /// Wait for the oldest batch in flight and make it the current one, starting more
    /// in the background; false when there is none left.
    fn next_batch(&mut self, py: Python<'_>) -> PyResult<bool> {
        self.top_up(py)?;
        let Some(Pending { rx, texts }) = self.pending.pop_front() else {
            return Ok(false);
        };
        let rx = rx.into_inner().unwrap_or_else(|e| e.into_inner());
        // Ready already: the workers keep ahead of this thread, which is then the one to
        // spare (see `convert_chunk`).
        let ready = rx.try_recv().ok();
        self.workers_ahead = ready.is_some();
        let results = match ready {
            Some(r) => Ok(r),
            None => py.detach(move || rx.recv()),
        }
        .map_err(|_| "marsad: a worker thread stopped unexpectedly".to_string())
        .and_then(|r| r);
        let results = match results {
            Ok(r) => r,
            Err(e) => {
                self.input = None;
                self.pending.clear();
                return Err(PyRuntimeError::new_err(e));
            }
        };
        // The next batches are analysed while this one is yielded.
        self.current = Some(Current {
            results,
            texts,
            next: 0,
        });
        self.top_up(py)?;
        Ok(true)
    }

    /// Turn the next [`CHUNK`] results of the current batch into Python objects.
    fn convert_chunk(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(cur) = &mut self.current else {
            return Ok(());
        };
        // While the caller lets each result go before asking for the next but one (a
        // loop that uses and drops them: the one yielded two calls ago is then referenced
        // only here), results are made a few at a time: their objects are then used and
        // freed while still in the cache, and the allocator hands the same memory to the
        // next ones. When the caller keeps them (`list(...)`), a whole batch at a time:
        // the collector, paused meanwhile, then runs once per batch instead of every few
        // articles over an ever larger heap.
        // SAFETY: o is a live object and we hold the GIL.
        let kept = self
            .recent
            .front()
            .is_some_and(|o| unsafe { pyo3::ffi::Py_REFCNT(o.as_ptr()) } > 1);
        let chunk = if kept { usize::MAX } else { CHUNK };
        let end = cur.next.saturating_add(chunk).min(cur.results.len());
        let (cache, ready) = (&mut self.cache, &mut self.ready);
        let (results, texts) = (&cur.results[cur.next..end], &cur.texts[cur.next..end]);
        let convert = || -> PyResult<()> {
            for (r, text) in results.iter().zip(texts) {
                let obj = match r {
                    Out::Json(s) => PyString::new(py, s).into_any().unbind(),
                    Out::Done => unreachable!("a result is yielded once"),
                    Out::Analysis(a, sliced) => {
                        let text = sliced.then(|| text.bind(py));
                        pyser::to_py_with(py, cache, a, text)?.unbind()
                    }
                };
                ready.push_back(obj);
            }
            Ok(())
        };
        // Nothing made here can be in a cycle: the collector is paused meanwhile, so that
        // a chunk (a batch, when kept) costs at most one pass of it.
        let r = pyser::without_gc(py, convert);
        if !kept && !self.workers_ahead {
            // Free these analyses now, while they are still in the cache from being
            // read: cheaper here than later on a worker, where they would be cold (this
            // thread does a little more, the workers less, in all less). Unless the
            // workers are ahead (more cores than work for them): then this thread is
            // the one that sets the pace, and the workers free the batch.
            for r in &mut cur.results[cur.next..end] {
                *r = Out::Done;
            }
        }
        cur.next = end;
        if r.is_err() || end == cur.results.len() {
            self.finish_current();
        }
        r
    }

    /// Done with the current batch: free what is left of its analyses (those of a batch
    /// converted at once) on a worker: the main thread, with the GIL, is busy enough.
    fn finish_current(&mut self) {
        let Some(Current { results, .. }) = self.current.take() else {
            return;
        };
        let free = move || drop(results);
        match &self.pool {
            Some(p) => p.spawn(free),
            None => rayon::spawn(free),
        }
    }
}

/// Analyse many articles in parallel and yield their analyses in input order.
///
/// Each item is a dict with "text" (str) and optional "id" (str or int), "date" (str or
/// datetime.date), "title", "source", "url"; or a plain str (the text). A missing or None
/// id becomes the item's position in the input ("0", "1", ...).
///
/// Articles are taken batch_size at a time (at most 32 MB of text), analysed on `threads`
/// threads (default: all cores) with the GIL released, and yielded as dicts, or as the
/// CLI's JSON lines with as_json=True. The input is consumed lazily: memory stays bounded
/// for any input length.
///
/// At most three batches are in flight: two analysed in the background while the
/// previous one is yielded. A bad item (or an exception from the input) ends the input: the
/// analyses of the items before it are yielded, then TypeError / ValueError (naming its
/// position and id) or the input's exception is raised.
#[pyfunction]
#[pyo3(signature = (articles, threads=None, *, batch_size=DEFAULT_BATCH, as_json=false))]
fn analyze_many(
    articles: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    batch_size: usize,
    as_json: bool,
) -> PyResult<AnalysisIterator> {
    if articles.is_instance_of::<PyString>() || articles.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err(format!(
            "analyze_many() takes an iterable of articles (dicts with \"text\"), not a single {}; \
             use analyze() for one article or wrap it in a list",
            type_name(articles)
        )));
    }
    let threads: Option<usize> = match threads {
        None => None,
        Some(t) if t.is_none() => None,
        Some(t) => {
            if !t.is_instance_of::<PyInt>() || t.is_instance_of::<pyo3::types::PyBool>() {
                return Err(PyTypeError::new_err(format!(
                    "threads must be an int or None, not {}",
                    type_name(t)
                )));
            }
            let n: i64 = t.extract()?;
            if n < 1 {
                return Err(PyValueError::new_err(format!(
                    "threads must be at least 1, not {n}"
                )));
            }
            Some(n as usize)
        }
    };
    if batch_size == 0 {
        return Err(PyValueError::new_err("batch_size must be at least 1"));
    }
    let input = articles.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "analyze_many() takes an iterable of articles, not {}",
            type_name(articles)
        ))
    })?;
    Ok(AnalysisIterator {
        input: Some(input.unbind()),
        ready: VecDeque::new(),
        recent: VecDeque::new(),
        current: None,
        pending: VecDeque::new(),
        deferred: None,
        pool: threads.map(pool).transpose()?,
        batch_size,
        as_json,
        next_index: 0,
        workers_ahead: false,
        cache: pyser::Cache::shared(),
    })
}

/// Compile the embedded dictionaries now (otherwise done on first use) and return the
/// number of dictionary entries. Safe to call many times.
#[pyfunction]
fn load(py: Python<'_>) -> PyResult<usize> {
    Ok(analyzer(py)?.lexicon().entries().len())
}

/// The compiled core of the `marsad` package; use `import marsad`.
#[pymodule]
fn _marsad(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("FORMAT", marsad_core::FORMAT)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_class::<AnalysisIterator>()?;
    Ok(())
}
