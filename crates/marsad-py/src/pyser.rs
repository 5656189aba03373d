//! A serde `Serializer` that builds Python objects, with the same data model as
//! `serde_json`: structs and maps become dicts (fields in declaration order), sequences
//! and tuples lists, `None` and unit `None`, unit variants their name, numbers ints or
//! floats. Two details make the result equal `json.loads` of serde_json's output:
//!
//! - an `f32` becomes the `float` its shortest decimal form parses to (serde_json writes
//!   `0.7` for `0.7f32`, not `0.699999988079071`);
//! - a non-finite float becomes `None` (serde_json writes `null`).
//!
//! Struct field names are `&'static str`s; their Python strings are made once per call
//! and reused, so building many dicts does not re-create the keys.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

/// Convert any serde-serializable value to Python objects.
pub fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    to_py_with(py, &Keys::new(), value)
}

/// [`to_py`] with a key cache shared by many values (a batch).
pub fn to_py_with<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    keys: &Keys<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    value.serialize(Ser { py, keys }).map_err(|e| e.0)
}

/// Python strings for struct field names, found by the address of the `&'static str`.
pub struct Keys<'py> {
    cache: RefCell<Vec<(usize, Bound<'py, PyString>)>>,
    /// Short string values seen in this batch (codes, types, rules, names): equal values
    /// share one Python str, which is immutable, so this only saves allocations.
    values: RefCell<HashMap<Box<str>, Bound<'py, PyString>>>,
}

/// Strings up to this many bytes are shared through [`Keys::value`].
const SHARED_MAX: usize = 32;

impl Default for Keys<'_> {
    fn default() -> Self {
        Keys::new()
    }
}

impl<'py> Keys<'py> {
    pub fn new() -> Keys<'py> {
        Keys {
            cache: RefCell::new(Vec::with_capacity(48)),
            values: RefCell::new(HashMap::with_capacity(1024)),
        }
    }

    fn value(&self, py: Python<'py>, v: &str) -> Bound<'py, PyString> {
        if v.len() > SHARED_MAX {
            return PyString::new(py, v);
        }
        let mut values = self.values.borrow_mut();
        if let Some(s) = values.get(v) {
            return s.clone();
        }
        let s = PyString::new(py, v);
        if values.len() < 1 << 16 {
            values.insert(v.into(), s.clone());
        }
        s
    }

    fn get(&self, py: Python<'py>, key: &'static str) -> Bound<'py, PyString> {
        let addr = key.as_ptr() as usize ^ (key.len() << 48);
        let mut cache = self.cache.borrow_mut();
        if let Some((_, s)) = cache.iter().find(|(a, _)| *a == addr) {
            return s.clone();
        }
        let s = PyString::intern(py, key);
        cache.push((addr, s.clone()));
        s
    }
}

pub struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}
impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type R<'py> = Result<Bound<'py, PyAny>, Error>;

#[derive(Clone, Copy)]
struct Ser<'a, 'py> {
    py: Python<'py>,
    keys: &'a Keys<'py>,
}

impl<'a, 'py> Ser<'a, 'py> {
    fn obj<T: IntoPyObjectExt<'py>>(self, v: T) -> R<'py> {
        Ok(v.into_bound_py_any(self.py)?)
    }
    fn float(self, v: f64) -> R<'py> {
        if v.is_finite() {
            self.obj(v)
        } else {
            Ok(self.py.None().into_bound(self.py))
        }
    }
}

pub struct Seq<'a, 'py> {
    ser: Ser<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
    /// For a tuple or struct variant: the variant name wrapping the list or dict.
    variant: Option<&'static str>,
}

pub struct Map<'a, 'py> {
    ser: Ser<'a, 'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'a, 'py> Seq<'a, 'py> {
    fn finish(self) -> R<'py> {
        let list = PyList::new(self.ser.py, self.items)?.into_any();
        wrap(self.ser, self.variant, list)
    }
}

fn wrap<'py>(ser: Ser<'_, 'py>, variant: Option<&'static str>, value: Bound<'py, PyAny>) -> R<'py> {
    match variant {
        None => Ok(value),
        Some(name) => {
            let d = PyDict::new(ser.py);
            d.set_item(ser.keys.get(ser.py, name), value)?;
            Ok(d.into_any())
        }
    }
}

impl<'a, 'py> ser::Serializer for Ser<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Seq<'a, 'py>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Map<'a, 'py>;
    type SerializeStructVariant = Map<'a, 'py>;

    fn serialize_bool(self, v: bool) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i8(self, v: i8) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i16(self, v: i16) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i32(self, v: i32) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i64(self, v: i64) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i128(self, v: i128) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u8(self, v: u8) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u16(self, v: u16) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u32(self, v: u32) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u64(self, v: u64) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u128(self, v: u128) -> R<'py> {
        self.obj(v)
    }
    fn serialize_f32(self, v: f32) -> R<'py> {
        if !v.is_finite() {
            return self.float(f64::NAN);
        }
        // The shortest decimal that round-trips the f32, read as an f64: what serde_json
        // writes and json.loads reads back.
        let shortest: f64 = v.to_string().parse().unwrap_or(f64::from(v));
        self.float(shortest)
    }
    fn serialize_f64(self, v: f64) -> R<'py> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> R<'py> {
        self.obj(v.to_string())
    }
    fn serialize_str(self, v: &str) -> R<'py> {
        Ok(self.keys.value(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> R<'py> {
        // serde_json writes bytes as a list of numbers.
        Ok(PyList::new(self.py, v.iter().copied())?.into_any())
    }
    fn serialize_none(self) -> R<'py> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> R<'py> {
        Ok(self.keys.get(self.py, variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> R<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> R<'py> {
        let inner = value.serialize(self)?;
        wrap(self, Some(variant), inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'a, 'py>, Error> {
        Ok(Seq {
            ser: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        Ok(Seq {
            ser: self,
            items: Vec::with_capacity(len),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'a, 'py>, Error> {
        Ok(Map {
            ser: self,
            dict: PyDict::new(self.py),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Map<'a, 'py>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Map<'a, 'py>, Error> {
        Ok(Map {
            ser: self,
            dict: PyDict::new(self.py),
            key: None,
            variant: Some(variant),
        })
    }
}

impl<'a, 'py> ser::SerializeSeq for Seq<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }
    fn end(self) -> R<'py> {
        self.finish()
    }
}

impl<'a, 'py> ser::SerializeTuple for Seq<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R<'py> {
        self.finish()
    }
}

impl<'a, 'py> ser::SerializeTupleStruct for Seq<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R<'py> {
        self.finish()
    }
}

impl<'a, 'py> ser::SerializeTupleVariant for Seq<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R<'py> {
        self.finish()
    }
}

impl<'a, 'py> ser::SerializeMap for Map<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(self.ser)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("map value without a key"))?;
        self.dict.set_item(key, value.serialize(self.ser)?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        wrap(self.ser, self.variant, self.dict.into_any())
    }
}

impl<'a, 'py> ser::SerializeStruct for Map<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let v = value.serialize(self.ser)?;
        self.dict.set_item(self.ser.keys.get(self.ser.py, key), v)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        wrap(self.ser, self.variant, self.dict.into_any())
    }
}

impl<'a, 'py> ser::SerializeStructVariant for Map<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> R<'py> {
        wrap(self.ser, self.variant, self.dict.into_any())
    }
}
