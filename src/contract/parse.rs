//! Reading an input in the contract's shape, with the path of the first bad field in the error.

use crate::rules::{ErrorKind, RulesError};
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// Deserializes an input, naming the path of the first bad field in the error. The input must be an object:
/// a JSON array is not read positionally as the fields in declaration order.
pub fn parse<'de, T: Deserialize<'de>, D: Deserializer<'de>>(input: D) -> Result<T, RulesError> {
    serde_path_to_error::deserialize(ObjectOnly(input)).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "input".to_owned()
        } else {
            path
        };
        RulesError::new(ErrorKind::Malformed, field, e.into_inner().to_string())
    })
}

/// A deserializer that reads a top-level struct only from a map (serde's derive would also accept a
/// sequence of the fields in order, so `[]` or `["family_associate"]` would pass as an input).
struct ObjectOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, MapOnly(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// Passes maps on to the struct's visitor; anything else (a sequence) is the wrong type.
struct MapOnly<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for MapOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}
