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
use std::hash::Hasher;

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
    to_py_with(py, &mut Cache::default(), a)
}

/// Convert one analysis, sharing small values through `cache`.
pub fn to_py_with<'py>(
    py: Python<'py>,
    cache: &mut Cache,
    a: &Analysis,
) -> PyResult<Bound<'py, PyAny>> {
    let mut c = Conv {
        py,
        s: shapes(py)?,
        cache,
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
        let mut h = FxHasher::default();
        h.write(s.as_bytes());
        let slot = &mut self.cache.strs[(h.finish() >> 32) as usize & (STR_SLOTS - 1)];
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
        self.put_str(d, &k.text, text)
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
            c.put(d, &k.text, c.new_str(text)?)?;
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

/// FxHash (rustc's): a fast, non-cryptographic hash to pick a slot of the short-string
/// cache. Colliding strings only evict each other (a miss costs a new str), so a weak
/// hash cannot make a lookup slow.
#[derive(Default)]
struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            self.add(u64::from_le_bytes(bytes[..8].try_into().unwrap()));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            self.add(u64::from(u32::from_le_bytes(
                bytes[..4].try_into().unwrap(),
            )));
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}
