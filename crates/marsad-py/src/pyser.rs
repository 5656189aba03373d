//! [`Analysis`] → Python objects, built directly from the Rust structs: equal to
//! `json.loads` of the line the CLI writes (serde_json) for the same analysis.
//!
//! This runs under the GIL on one thread while the next batch is analysed on the others,
//! so it is written to create as few objects, and make as few calls into the
//! interpreter, as it can:
//!
//! - every dict is a copy of a per-shape template (`PyDict_Copy` of a dict with the keys
//!   in field order, all values `None`): one copy of the key table instead of inserting
//!   and resizing, and `None` fields need no call at all;
//! - keys are interned Python strs made once per process;
//! - span texts longer than [`SHARED_MAX`] (quotes, long names) are sliced from the
//!   article's own Python str (`PyUnicode_Substring`: a copy of its code units) instead of
//!   decoded from UTF-8 again, when [`long_spans_are_slices`] has checked, on a worker,
//!   that each is the text's `[start, end)`;
//! - ints below [`INT_CACHE`], short strs (codes, types, rules, names: at most
//!   [`SHARED_MAX`] bytes) and floats are made once per [`Cache`] and shared: Python
//!   ints, strs and floats are immutable, so sharing them changes nothing but identity.
//!
//! Two details make the result equal `json.loads` of serde_json's output:
//!
//! - an `f32` becomes the `float` its shortest decimal form parses to (serde_json writes
//!   `0.7` for `0.7f32`, not `0.699999988079071`);
//! - a non-finite float becomes `None` (serde_json writes `null`).
//!
//! Every struct is destructured field by field, so a field added to the model fails to
//! compile here instead of going missing; serde renames (`kind` → `"type"`) are written
//! out by hand and checked by the tests against the CLI's output.

use marsad_core::{Analysis, Diagnostic, Event, Mention, Party, Quote, Severity, Span};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString};

/// Strings up to this many bytes are shared through the [`Cache`].
const SHARED_MAX: usize = 32;
/// Ints below this are shared through the [`Cache`] (code-point offsets, mostly).
const INT_CACHE: usize = 1 << 16;
/// Slots of the short-string cache (a power of two).
const STR_SLOTS: usize = 1 << 12;

/// Objects shared by the results of one `analyze_many` call. (`Cache::default()` shares
/// nothing but floats: for one `analyze`, filling the tables would cost more than it
/// saves.)
#[derive(Default)]
pub struct Cache {
    shared: bool,
    ints: Vec<Option<Py<PyAny>>>,
    /// Direct-mapped by a hash of the bytes: a collision replaces the slot, so a lookup
    /// is O(1) whatever the input, and memory is fixed.
    strs: Vec<StrSlot>,
    /// By the f32's bits; confidences take a handful of values.
    floats: Vec<(u32, Py<PyAny>)>,
}

impl Cache {
    /// A cache that shares small ints and short strs.
    pub fn shared() -> Cache {
        Cache {
            shared: true,
            ..Cache::default()
        }
    }
}

struct StrSlot {
    len: u8,
    bytes: [u8; SHARED_MAX],
    obj: Option<Py<PyAny>>,
}

/// Interned keys and template dicts, made once per process.
struct Shapes {
    k: Keys,
    analysis: Py<PyDict>,
    mention: Py<PyDict>,
    party: Py<PyDict>,
    span: Py<PyDict>,
    quote: Py<PyDict>,
    event: Py<PyDict>,
    diagnostic: Py<PyDict>,
}

macro_rules! keys {
    ($($field:ident = $name:literal),* $(,)?) => {
        struct Keys { $($field: Py<PyString>),* }
        impl Keys {
            fn new(py: Python<'_>) -> Keys {
                Keys { $($field: PyString::intern(py, $name).unbind()),* }
            }
        }
    };
}

keys! {
    format = "format", id = "id", date = "date", title = "title", source = "source",
    url = "url", paragraphs = "paragraphs", sentences = "sentences", mentions = "mentions",
    quotes = "quotes", events = "events", diagnostics = "diagnostics",
    start = "start", end = "end", text = "text", kind = "type", entity = "entity",
    actor = "actor", country = "country", role = "role", rule = "rule",
    antecedent = "antecedent", direct = "direct", cue = "cue", speaker = "speaker",
    confidence = "confidence", cameo = "cameo", mode = "mode", actors = "actors",
    recipients = "recipients", negated = "negated", modality = "modality",
    claimed_by = "claimed_by", sentence = "sentence", trigger = "trigger",
    severity = "severity", message = "message", warning = "warning", error = "error",
}

fn template(py: Python<'_>, keys: &[&Py<PyString>]) -> PyResult<Py<PyDict>> {
    let d = PyDict::new(py);
    for k in keys {
        d.set_item(k.bind(py), py.None())?;
    }
    Ok(d.unbind())
}

fn shapes(py: Python<'_>) -> PyResult<&'static Shapes> {
    static SHAPES: PyOnceLock<Shapes> = PyOnceLock::new();
    SHAPES.get_or_try_init(py, || {
        let k = Keys::new(py);
        // Field order is the serde (declaration) order of marsad_core::model.
        Ok(Shapes {
            analysis: template(
                py,
                &[
                    &k.format,
                    &k.id,
                    &k.date,
                    &k.title,
                    &k.source,
                    &k.url,
                    &k.paragraphs,
                    &k.sentences,
                    &k.mentions,
                    &k.quotes,
                    &k.events,
                    &k.diagnostics,
                ],
            )?,
            mention: template(
                py,
                &[
                    &k.start,
                    &k.end,
                    &k.text,
                    &k.kind,
                    &k.entity,
                    &k.actor,
                    &k.country,
                    &k.role,
                    &k.rule,
                    &k.antecedent,
                ],
            )?,
            party: template(
                py,
                &[
                    &k.start, &k.end, &k.text, &k.entity, &k.actor, &k.country, &k.role,
                ],
            )?,
            span: template(py, &[&k.start, &k.end, &k.text])?,
            quote: template(
                py,
                &[
                    &k.start,
                    &k.end,
                    &k.text,
                    &k.direct,
                    &k.cue,
                    &k.speaker,
                    &k.confidence,
                    &k.rule,
                ],
            )?,
            event: template(
                py,
                &[
                    &k.kind,
                    &k.cameo,
                    &k.mode,
                    &k.actors,
                    &k.recipients,
                    &k.negated,
                    &k.modality,
                    &k.claimed_by,
                    &k.sentence,
                    &k.trigger,
                    &k.confidence,
                    &k.rule,
                ],
            )?,
            diagnostic: template(py, &[&k.severity, &k.message])?,
            k,
        })
    })
}

/// Run `f` with Python's cyclic garbage collector paused (if it was enabled), and
/// resume it after, also if `f` fails or panics. `f` must not run Python code.
pub fn without_gc<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    struct Resume<'py>(Bound<'py, PyModule>);
    impl Drop for Resume<'_> {
        fn drop(&mut self) {
            let py = self.0.py();
            if let Err(e) = self.0.call_method0(pyo3::intern!(py, "enable")) {
                e.write_unraisable(py, None);
            }
        }
    }
    let gc = py.import(pyo3::intern!(py, "gc"))?;
    if !gc
        .call_method0(pyo3::intern!(py, "isenabled"))?
        .is_truthy()?
    {
        return f();
    }
    gc.call_method0(pyo3::intern!(py, "disable"))?;
    let _resume = Resume(gc);
    f()
}

/// Convert one analysis (with a fresh cache).
pub fn to_py<'py>(py: Python<'py>, a: &Analysis) -> PyResult<Bound<'py, PyAny>> {
    to_py_with(py, &mut Cache::default(), a, None)
}

/// Convert one analysis, sharing small values through `cache`. `text`, if given, must be
/// the article's text as a Python str, and [`long_spans_are_slices`] must have held for
/// this analysis and that text: long span texts are then sliced from it.
pub fn to_py_with<'py>(
    py: Python<'py>,
    cache: &mut Cache,
    a: &Analysis,
    text: Option<&Bound<'py, PyString>>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut c = Conv {
        py,
        s: shapes(py)?,
        cache,
        text: text.map(|t| t.as_ptr()),
    };
    let ptr = c.analysis(a)?;
    // SAFETY: `analysis` returns a new, non-null reference.
    Ok(unsafe { Bound::from_owned_ptr(py, ptr) })
}

type Obj = *mut ffi::PyObject;

/// A reference to an object: borrowed (from a cache or a constant) or new.
#[derive(Clone, Copy)]
enum Ref {
    Borrowed(Obj),
    New(Obj),
}

struct Conv<'a, 'py> {
    py: Python<'py>,
    s: &'static Shapes,
    cache: &'a mut Cache,
    /// The article's text as a Python str, when every long span text is known to be its
    /// slice ([`long_spans_are_slices`]): such texts are then sliced from it
    /// (`PyUnicode_Substring`, a copy of the str's own code units) instead of decoded
    /// from UTF-8 again.
    text: Option<Obj>,
}

fn new_str(py: Python<'_>, s: &str) -> PyResult<Ref> {
    let p =
        unsafe { ffi::PyUnicode_FromStringAndSize(s.as_ptr().cast(), s.len() as ffi::Py_ssize_t) };
    new_ref(py, p)
}

/// A new reference from a constructor, or the pending Python error.
fn new_ref(py: Python<'_>, p: Obj) -> PyResult<Ref> {
    if p.is_null() {
        Err(PyErr::fetch(py))
    } else {
        Ok(Ref::New(p))
    }
}

impl<'py> Conv<'_, 'py> {
    /// `dict[key] = value`, consuming a new reference.
    fn put(&self, dict: Obj, key: &Py<PyString>, value: Ref) -> PyResult<()> {
        // SAFETY: dict is a live dict we own; key is a live str; value is live. We hold
        // the GIL (self.py).
        let (rc, owned) = unsafe {
            match value {
                Ref::Borrowed(v) => (ffi::PyDict_SetItem(dict, key.as_ptr(), v), None),
                Ref::New(v) => (ffi::PyDict_SetItem(dict, key.as_ptr(), v), Some(v)),
            }
        };
        if let Some(v) = owned {
            unsafe { ffi::Py_DECREF(v) };
        }
        if rc < 0 {
            Err(PyErr::fetch(self.py))
        } else {
            Ok(())
        }
    }

    /// A new list of `len` items from `item(i)`.
    fn list<T>(
        &mut self,
        items: &[T],
        mut item: impl FnMut(&mut Self, &T) -> PyResult<Ref>,
    ) -> PyResult<Ref> {
        // SAFETY: PyList_New gives a new list with NULL slots; each slot is set once
        // (PyList_SetItem steals the reference); a list with NULL slots left by an error
        // is still safely freed.
        let list = unsafe { ffi::PyList_New(items.len() as ffi::Py_ssize_t) };
        let list = new_ref(self.py, list)?;
        let Ref::New(lp) = list else { unreachable!() };
        for (i, x) in items.iter().enumerate() {
            let v = match item(self, x) {
                Ok(v) => v,
                Err(e) => {
                    unsafe { ffi::Py_DECREF(lp) };
                    return Err(e);
                }
            };
            let p = match v {
                Ref::Borrowed(p) => {
                    unsafe { ffi::Py_INCREF(p) };
                    p
                }
                Ref::New(p) => p,
            };
            if unsafe { ffi::PyList_SetItem(lp, i as ffi::Py_ssize_t, p) } < 0 {
                unsafe { ffi::Py_DECREF(lp) };
                return Err(PyErr::fetch(self.py));
            }
        }
        Ok(list)
    }

    /// A new dict with the template's keys, all `None`.
    fn dict(&self, template: &Py<PyDict>) -> PyResult<Obj> {
        let p = unsafe { ffi::PyDict_Copy(template.as_ptr()) };
        match new_ref(self.py, p)? {
            Ref::New(p) | Ref::Borrowed(p) => Ok(p),
        }
    }

    /// Run `fill` on a new dict, freeing the dict if it fails.
    fn with_dict(
        &mut self,
        template: &Py<PyDict>,
        fill: impl FnOnce(&mut Self, Obj) -> PyResult<()>,
    ) -> PyResult<Obj> {
        let d = self.dict(template)?;
        match fill(self, d) {
            Ok(()) => Ok(d),
            Err(e) => {
                unsafe { ffi::Py_DECREF(d) };
                Err(e)
            }
        }
    }

    fn int(&mut self, v: usize) -> PyResult<Ref> {
        if v >= INT_CACHE || !self.cache.shared {
            return new_ref(self.py, unsafe { ffi::PyLong_FromSize_t(v) });
        }
        if self.cache.ints.len() <= v {
            self.cache
                .ints
                .resize_with((v + 1).next_power_of_two().min(INT_CACHE), || None);
        }
        if let Some(p) = &self.cache.ints[v] {
            return Ok(Ref::Borrowed(p.as_ptr()));
        }
        let p = unsafe { ffi::PyLong_FromSize_t(v) };
        let Ref::New(p) = new_ref(self.py, p)? else {
            unreachable!()
        };
        // SAFETY: p is a new reference; the cache takes it over.
        let obj: Py<PyAny> = unsafe { Bound::from_owned_ptr(self.py, p) }.unbind();
        self.cache.ints[v] = Some(obj);
        Ok(Ref::Borrowed(p))
    }

    /// A new str, not looked up in nor added to the cache: for values that seldom
    /// repeat (ids, quoted text), which would only evict the ones that do.
    fn new_str(&self, s: &str) -> PyResult<Ref> {
        new_str(self.py, s)
    }

    fn str(&mut self, s: &str) -> PyResult<Ref> {
        if s.len() > SHARED_MAX || !self.cache.shared {
            return self.new_str(s);
        }
        if self.cache.strs.is_empty() {
            self.cache.strs.resize_with(STR_SLOTS, || StrSlot {
                len: 0,
                bytes: [0; SHARED_MAX],
                obj: None,
            });
        }
        let slot = &mut self.cache.strs[slot_of(s.as_bytes())];
        if let Some(p) = &slot.obj {
            if usize::from(slot.len) == s.len() && &slot.bytes[..s.len()] == s.as_bytes() {
                return Ok(Ref::Borrowed(p.as_ptr()));
            }
        }
        let Ref::New(p) = new_str(self.py, s)? else {
            unreachable!()
        };
        slot.len = s.len() as u8;
        slot.bytes[..s.len()].copy_from_slice(s.as_bytes());
        // SAFETY: p is a new reference to a str; the cache takes it over (and drops the
        // str it held, with the GIL held).
        slot.obj = Some(unsafe { Bound::from_owned_ptr(self.py, p) }.unbind());
        Ok(Ref::Borrowed(p))
    }

    /// The text of the span `[start, end)` of the article: shared if short, else sliced
    /// from the article's Python text when we have it, else decoded.
    fn span_text(&mut self, start: usize, end: usize, s: &str) -> PyResult<Ref> {
        if s.len() <= SHARED_MAX {
            return self.str(s);
        }
        self.long_span_text(start, end, s)
    }

    /// Like [`Conv::span_text`], never shared (quoted text seldom repeats).
    fn long_span_text(&mut self, start: usize, end: usize, s: &str) -> PyResult<Ref> {
        match self.text {
            // SAFETY: t is a live str (the caller holds it) and [start, end) is within
            // it (long_spans_are_slices checked that it is this text's slice).
            Some(t) if s.len() > SHARED_MAX => new_ref(self.py, unsafe {
                ffi::PyUnicode_Substring(t, start as ffi::Py_ssize_t, end as ffi::Py_ssize_t)
            }),
            _ => self.new_str(s),
        }
    }

    fn bool(&self, v: bool) -> Ref {
        Ref::Borrowed(unsafe {
            if v {
                ffi::Py_True()
            } else {
                ffi::Py_False()
            }
        })
    }

    fn f32(&mut self, v: f32) -> PyResult<Ref> {
        if !v.is_finite() {
            return Ok(Ref::Borrowed(unsafe { ffi::Py_None() }));
        }
        let bits = v.to_bits();
        if let Some((_, p)) = self.cache.floats.iter().find(|(b, _)| *b == bits) {
            return Ok(Ref::Borrowed(p.as_ptr()));
        }
        // The shortest decimal that round-trips the f32, read as an f64: what serde_json
        // writes and json.loads reads back.
        let shortest: f64 = v.to_string().parse().unwrap_or(f64::from(v));
        let p = unsafe { ffi::PyFloat_FromDouble(shortest) };
        let r = new_ref(self.py, p)?;
        if self.cache.floats.len() < 64 {
            let Ref::New(p) = r else { unreachable!() };
            let obj: Py<PyAny> = unsafe { Bound::from_owned_ptr(self.py, p) }.unbind();
            self.cache.floats.push((bits, obj));
            return Ok(Ref::Borrowed(p));
        }
        Ok(r)
    }

    fn put_int(&mut self, d: Obj, k: &Py<PyString>, v: usize) -> PyResult<()> {
        let v = self.int(v)?;
        self.put(d, k, v)
    }

    fn put_str(&mut self, d: Obj, k: &Py<PyString>, v: &str) -> PyResult<()> {
        let v = self.str(v)?;
        self.put(d, k, v)
    }

    /// `None` is already in the template: nothing to do.
    fn put_opt_str(&mut self, d: Obj, k: &Py<PyString>, v: &Option<String>) -> PyResult<()> {
        match v {
            Some(v) => self.put_str(d, k, v),
            None => Ok(()),
        }
    }

    /// `start`, `end` and `text` (the keys need not be set in order: the template has
    /// them in place).
    fn put_span(&mut self, d: Obj, start: usize, end: usize, text: &str) -> PyResult<()> {
        let k = &self.s.k;
        self.put_int(d, &k.start, start)?;
        self.put_int(d, &k.end, end)?;
        let v = self.span_text(start, end, text)?;
        self.put(d, &k.text, v)
    }

    /// `entity`, `actor`, `country`, `role` of a mention or party.
    fn put_resolution(&mut self, d: Obj, values: [&Option<String>; 4]) -> PyResult<()> {
        let k = &self.s.k;
        let keys = [&k.entity, &k.actor, &k.country, &k.role];
        for (key, v) in keys.into_iter().zip(values) {
            self.put_opt_str(d, key, v)?;
        }
        Ok(())
    }

    fn pair(&mut self, p: &[usize; 2]) -> PyResult<Ref> {
        self.list(p, |c, &v| c.int(v))
    }

    fn analysis(&mut self, a: &Analysis) -> PyResult<Obj> {
        let Analysis {
            format,
            id,
            date,
            title,
            source,
            url,
            paragraphs,
            sentences,
            mentions,
            quotes,
            events,
            diagnostics,
        } = a;
        let s = self.s;
        let k = &s.k;
        self.with_dict(&s.analysis, |c, d| {
            c.put_str(d, &k.format, format)?;
            c.put(d, &k.id, c.new_str(id)?)?;
            c.put_opt_str(d, &k.date, date)?;
            c.put_opt_str(d, &k.title, title)?;
            c.put_opt_str(d, &k.source, source)?;
            c.put_opt_str(d, &k.url, url)?;
            let v = c.list(paragraphs, |c, p| c.pair(p))?;
            c.put(d, &k.paragraphs, v)?;
            let v = c.list(sentences, |c, p| c.pair(p))?;
            c.put(d, &k.sentences, v)?;
            let v = c.list(mentions, |c, m| c.mention(m).map(Ref::New))?;
            c.put(d, &k.mentions, v)?;
            let v = c.list(quotes, |c, q| c.quote(q).map(Ref::New))?;
            c.put(d, &k.quotes, v)?;
            let v = c.list(events, |c, e| c.event(e).map(Ref::New))?;
            c.put(d, &k.events, v)?;
            let v = c.list(diagnostics, |c, x| c.diagnostic(x).map(Ref::New))?;
            c.put(d, &k.diagnostics, v)
        })
    }

    fn mention(&mut self, m: &Mention) -> PyResult<Obj> {
        let Mention {
            start,
            end,
            text,
            kind,
            entity,
            actor,
            country,
            role,
            rule,
            antecedent,
        } = m;
        let s = self.s;
        let k = &s.k;
        self.with_dict(&s.mention, |c, d| {
            c.put_span(d, *start, *end, text)?;
            c.put_str(d, &k.kind, kind)?;
            c.put_resolution(d, [entity, actor, country, role])?;
            c.put_str(d, &k.rule, rule)?;
            if let Some(p) = antecedent {
                let v = c.pair(p)?;
                c.put(d, &k.antecedent, v)?;
            }
            Ok(())
        })
    }

    fn party(&mut self, p: &Party) -> PyResult<Obj> {
        let Party {
            start,
            end,
            text,
            entity,
            actor,
            country,
            role,
        } = p;
        let s = self.s;
        self.with_dict(&s.party, |c, d| {
            c.put_span(d, *start, *end, text)?;
            c.put_resolution(d, [entity, actor, country, role])
        })
    }

    fn span(&mut self, sp: &Span) -> PyResult<Obj> {
        let Span { start, end, text } = sp;
        let s = self.s;
        self.with_dict(&s.span, |c, d| c.put_span(d, *start, *end, text))
    }

    fn quote(&mut self, q: &Quote) -> PyResult<Obj> {
        let Quote {
            start,
            end,
            text,
            direct,
            cue,
            speaker,
            confidence,
            rule,
        } = q;
        let s = self.s;
        let k = &s.k;
        self.with_dict(&s.quote, |c, d| {
            c.put_int(d, &k.start, *start)?;
            c.put_int(d, &k.end, *end)?;
            let v = c.long_span_text(*start, *end, text)?;
            c.put(d, &k.text, v)?;
            c.put(d, &k.direct, c.bool(*direct))?;
            let v = c.span(cue)?;
            c.put(d, &k.cue, Ref::New(v))?;
            if let Some(p) = speaker {
                let v = c.party(p)?;
                c.put(d, &k.speaker, Ref::New(v))?;
            }
            let v = c.f32(*confidence)?;
            c.put(d, &k.confidence, v)?;
            c.put_str(d, &k.rule, rule)
        })
    }

    fn event(&mut self, e: &Event) -> PyResult<Obj> {
        let Event {
            kind,
            cameo,
            mode,
            actors,
            recipients,
            negated,
            modality,
            claimed_by,
            sentence,
            trigger,
            confidence,
            rule,
        } = e;
        let s = self.s;
        let k = &s.k;
        self.with_dict(&s.event, |c, d| {
            c.put_str(d, &k.kind, kind)?;
            c.put_opt_str(d, &k.cameo, cameo)?;
            c.put_opt_str(d, &k.mode, mode)?;
            let v = c.list(actors, |c, p| c.party(p).map(Ref::New))?;
            c.put(d, &k.actors, v)?;
            let v = c.list(recipients, |c, p| c.party(p).map(Ref::New))?;
            c.put(d, &k.recipients, v)?;
            c.put(d, &k.negated, c.bool(*negated))?;
            c.put_opt_str(d, &k.modality, modality)?;
            if let Some(i) = claimed_by {
                c.put_int(d, &k.claimed_by, *i)?;
            }
            let v = c.pair(sentence)?;
            c.put(d, &k.sentence, v)?;
            let v = c.span(trigger)?;
            c.put(d, &k.trigger, Ref::New(v))?;
            let v = c.f32(*confidence)?;
            c.put(d, &k.confidence, v)?;
            c.put_str(d, &k.rule, rule)
        })
    }

    fn diagnostic(&mut self, x: &Diagnostic) -> PyResult<Obj> {
        let Diagnostic { severity, message } = x;
        let s = self.s;
        let k = &s.k;
        let sev = match severity {
            Severity::Warning => &k.warning,
            Severity::Error => &k.error,
        };
        self.with_dict(&s.diagnostic, |c, d| {
            c.put(d, &k.severity, Ref::Borrowed(sev.as_ptr()))?;
            c.put_str(d, &k.message, message)
        })
    }
}

/// Whether the text of every span longer than [`SHARED_MAX`] bytes (the ones
/// [`to_py_with`] would slice from the Python text) is `text`'s code points
/// `[start, end)`. That is marsad_core's invariant; this checks it (on a worker thread, at
/// a small fraction of the analysis' cost) so that a slip there could never make the
/// dicts differ from the CLI's output.
pub fn long_spans_are_slices(text: &str, a: &Analysis) -> bool {
    let mut index = CharIndex::default();
    let mut ok = |start: usize, end: usize, s: &str| {
        s.len() <= SHARED_MAX || index.is_slice(text, start, end, s)
    };
    let party =
        |ok: &mut dyn FnMut(usize, usize, &str) -> bool, p: &Party| ok(p.start, p.end, &p.text);
    a.mentions.iter().all(|m| ok(m.start, m.end, &m.text))
        && a.quotes.iter().all(|q| {
            ok(q.start, q.end, &q.text)
                && ok(q.cue.start, q.cue.end, &q.cue.text)
                && q.speaker.as_ref().is_none_or(|p| party(&mut ok, p))
        })
        && a.events.iter().all(|e| {
            e.actors
                .iter()
                .chain(&e.recipients)
                .all(|p| party(&mut ok, p))
                && ok(e.trigger.start, e.trigger.end, &e.trigger.text)
        })
}

/// Code-point offset → byte offset in one text, in O(log n) after an O(n) index of how
/// many chars start before each 64-byte block (counted without decoding: a byte starts a
/// char unless it is a UTF-8 continuation byte). Built on first use.
#[derive(Default)]
struct CharIndex {
    built: bool,
    /// `before[i]`: the number of chars that start before byte `64 * i`; one more entry
    /// than there are blocks (the last is the text's char count).
    before: Vec<u32>,
}

const BLOCK: usize = 64;

#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl CharIndex {
    fn build(&mut self, text: &str) {
        self.built = true;
        let mut n = 0u32;
        self.before.reserve(text.len() / BLOCK + 2);
        self.before.push(0);
        for block in text.as_bytes().chunks(BLOCK) {
            n += count_chars(block) as u32;
            self.before.push(n);
        }
    }

    /// The byte offset of char `c` (the text's length when `c` is its char count), or
    /// None past the end.
    fn byte(&mut self, text: &str, c: usize) -> Option<usize> {
        if !self.built {
            self.build(text);
        }
        let c = u32::try_from(c).ok()?;
        if c > *self.before.last()? {
            return None;
        }
        if c == *self.before.last()? {
            return Some(text.len());
        }
        // The block char c starts in: the last one with fewer than c + 1 chars before it.
        let block = self.before.partition_point(|&n| n <= c) - 1;
        let mut left = (c - self.before[block]) as usize;
        let bytes = text.as_bytes();
        let mut at = block * BLOCK;
        loop {
            let b = *bytes.get(at)?;
            if b & 0xC0 != 0x80 {
                if left == 0 {
                    return Some(at);
                }
                left -= 1;
            }
            at += 1;
        }
    }

    /// `text`'s chars `[start, end)` are `s`.
    fn is_slice(&mut self, text: &str, start: usize, end: usize, s: &str) -> bool {
        let Some(b0) = self.byte(text, start) else {
            return false;
        };
        // Same bytes from char `start`, and as many chars as [start, end) holds (then the
        // slice ends on char `end`).
        text.as_bytes().get(b0..b0 + s.len()) == Some(s.as_bytes())
            && end.checked_sub(start) == Some(count_chars(s.as_bytes()))
    }
}

/// The short-string cache's slot for `b` (at most [`SHARED_MAX`] bytes): a hash of its
/// length and of three 8-byte words (its start, middle and end, overlapping when short),
/// with no loop over the bytes. Strings that agree on all of them share a slot and only
/// evict each other (a miss costs a new str), so a weak hash cannot make output wrong or a
/// lookup slow.
#[inline]
fn slot_of(b: &[u8]) -> usize {
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap());
    let (w0, w1, w2) = if b.len() >= 8 {
        let mid = (b.len() - 8) / 2;
        (word(0), word(mid), word(b.len() - 8))
    } else {
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        (u64::from_le_bytes(buf), 0, 0)
    };
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let h = (w0 ^ (b.len() as u64)).wrapping_mul(K)
        ^ w1.rotate_left(21).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ w2.rotate_left(43);
    (h.wrapping_mul(K) >> 52) as usize & (STR_SLOTS - 1)
}
