//! A JSON value read without knowing its shape, for readers that go on past a bad field and name it
//! (the association profile, the engine's `association` input) and for the contract's inputs
//! ([`super::read`]): plain functions over one tree instead of a serde derive per shape.
//!
//! It is also how every value crosses between JavaScript and Rust: the browser turns a JS value into a
//! `Json` once, without generics, and reads the inputs from the tree by hand; [`to_json`] is the serializer
//! back. Each type then has one copy of its serde code in the wasm: the serde-wasm-bindgen and
//! serde_path_to_error instantiations this replaced cost about 9 KB brotli per visitor, the derived
//! readers about 4.7 KB more. `&Json` is a serde deserializer too, naming the path of a bad value
//! ([`JsonError::path`]), for native callers and tests; its messages are serde's own
//! (`invalid type: string "x", expected f64`), as serde_json gives them.

use serde::de::value::StrDeserializer;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde::ser::{self, Serialize, Serializer};
use std::fmt;

/// What a reader calls for each value it cannot use: (field, value, why).
pub type Warn<'a> = dyn FnMut(&str, &Json, &str) + 'a;

/// The fields of an object, or a warning that `field` is not one.
pub fn object<'j>(warn: &mut Warn, field: &str, value: &'j Json) -> &'j [(String, Json)] {
    match value {
        Json::Object(fields) => fields,
        _ => {
            warn(field, value, "expected an object {…}; ignored");
            &[]
        }
    }
}

/// A JSON value, as the page's `JSON.parse` (or `serde_json` natively) gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn text(&self) -> Option<&str> {
        match self {
            Json::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The value as it is shown in a warning: text as it is, anything else by its kind.
    pub fn shown(&self) -> String {
        match self {
            Json::Text(t) => t.clone(),
            Json::Number(n) => n.to_string(),
            Json::Bool(b) => b.to_string(),
            Json::Null => "null".to_owned(),
            Json::List(_) => "[…]".to_owned(),
            Json::Object(_) => "{…}".to_owned(),
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Text(v))
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Json>()? {
            fields.push(entry);
        }
        Ok(Json::Object(fields))
    }
}

/// Why a [`Json`] tree does not fit the type read from it: serde's message, and where in the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonError {
    message: String,
    /// From the value that did not fit out to the root: the member names and list positions passed.
    path: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Member(String),
    Item(usize),
}

impl JsonError {
    /// Where the error is, as `degrees[0].level` (`.` for the root value itself).
    pub fn path(&self) -> String {
        if self.path.is_empty() {
            return ".".to_owned();
        }
        let mut out = String::new();
        for step in self.path.iter().rev() {
            match step {
                Step::Item(i) => out.push_str(&format!("[{i}]")),
                Step::Member(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
            }
        }
        out
    }

    /// An error at the value being read; each reader it passes through adds its step to the path.
    pub fn new(message: impl Into<String>) -> JsonError {
        JsonError {
            message: message.into(),
            path: Vec::new(),
        }
    }

    /// The error of a value read as member `name` of an object.
    pub fn in_member(self, name: &str) -> JsonError {
        self.within(Step::Member(name.to_owned()))
    }

    /// The error of a value read as item `index` of a list.
    pub fn in_item(self, index: usize) -> JsonError {
        self.within(Step::Item(index))
    }

    /// The error one step further out: not generic, so that every reader shares it.
    #[inline(never)]
    fn within(mut self, step: Step) -> JsonError {
        self.path.push(step);
        self
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

impl de::Error for JsonError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        JsonError {
            message: msg.to_string(),
            path: Vec::new(),
        }
    }
}

impl Json {
    /// The value of member `name` of an object (`None` for anything else).
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Json::Null => Unexpected::Other("null"),
            Json::Bool(b) => Unexpected::Bool(*b),
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                if *n >= 0.0 {
                    Unexpected::Unsigned(*n as u64)
                } else {
                    Unexpected::Signed(*n as i64)
                }
            }
            Json::Number(n) => Unexpected::Float(*n),
            Json::Text(t) => Unexpected::Str(t),
            Json::List(_) => Unexpected::Seq,
            Json::Object(_) => Unexpected::Map,
        }
    }
}

impl<'de> Json {
    fn invalid<V: Visitor<'de>>(&self, visitor: &V) -> JsonError {
        de::Error::invalid_type(self.unexpected(), visitor)
    }

    /// A number; a whole one is offered as an integer, so that integer fields read it (every visitor of a
    /// float accepts integers too).
    fn number<V: Visitor<'de>>(&'de self, visitor: V) -> Result<V::Value, JsonError> {
        match *self {
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                if n >= 0.0 {
                    visitor.visit_u64(n as u64)
                } else {
                    visitor.visit_i64(n as i64)
                }
            }
            Json::Number(n) => visitor.visit_f64(n),
            _ => Err(self.invalid(&visitor)),
        }
    }
}

/// Each method asks only for the kind of value its type reads, so a visitor's other methods are never
/// instantiated: `deserialize_any` (for what serde's derive buffers: tagged and untagged enums) is the
/// only one that offers every kind.
impl<'de> Deserializer<'de> for &'de Json {
    type Error = JsonError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Null => visitor.visit_unit(),
            Json::Bool(b) => visitor.visit_bool(*b),
            Json::Number(_) => self.number(visitor),
            Json::Text(t) => visitor.visit_borrowed_str(t),
            Json::List(_) => self.deserialize_seq(visitor),
            Json::Object(_) => self.deserialize_map(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Bool(b) => visitor.visit_bool(*b),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Text(t) => visitor.visit_borrowed_str(t),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::List(items) => visitor.visit_seq(Items(items.iter().enumerate())),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Object(fields) => visitor.visit_map(Fields {
                fields: fields.iter(),
                value: None,
            }),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Json::Null => visitor.visit_unit(),
            _ => Err(self.invalid(&visitor)),
        }
    }

    /// What the reader skips (an unknown field) is not looked into.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        visitor.visit_newtype_struct(self)
    }

    /// A unit variant is its name; any other is `{ "<name>": <its content> }`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        match self {
            Json::Text(t) => visitor.visit_enum(Variant {
                name: t,
                content: None,
            }),
            Json::Object(fields) if fields.len() == 1 => visitor.visit_enum(Variant {
                name: &fields[0].0,
                content: Some(&fields[0].1),
            }),
            other => Err(de::Error::invalid_type(
                other.unexpected(),
                &"string or map",
            )),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.number(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.number(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 char bytes byte_buf unit_struct tuple_struct
    }
}

struct Items<'de>(std::iter::Enumerate<std::slice::Iter<'de, Json>>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = JsonError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, JsonError> {
        let Some((i, item)) = self.0.next() else {
            return Ok(None);
        };
        match seed.deserialize(item) {
            Ok(value) => Ok(Some(value)),
            Err(e) => Err(e.within(Step::Item(i))),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Fields<'de> {
    fields: std::slice::Iter<'de, (String, Json)>,
    /// The member whose name was read last, for its value.
    value: Option<&'de (String, Json)>,
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = JsonError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, JsonError> {
        let Some(member) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some(member);
        let key: StrDeserializer<'de, JsonError> = member.0.as_str().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, JsonError> {
        let Some((key, value)) = self.value.take() else {
            return Err(de::Error::custom("a value without its key"));
        };
        seed.deserialize(value)
            .map_err(|e| e.within(Step::Member(key.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

struct Variant<'de> {
    name: &'de str,
    content: Option<&'de Json>,
}

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = JsonError;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), JsonError> {
        let name: StrDeserializer<'de, JsonError> = self.name.into_deserializer();
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'de> {
    type Error = JsonError;

    fn unit_variant(self) -> Result<(), JsonError> {
        match self.content {
            None => Ok(()),
            Some(content) => <()>::deserialize(content),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, JsonError> {
        match self.content {
            Some(content) => seed.deserialize(content),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        match self.content {
            Some(content) => content.deserialize_any(visitor),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.tuple_variant(0, visitor)
    }
}

/// `value` as a [`Json`] tree, as serde_json would write it (struct fields in their order, `None` and unit
/// as `null`, a variant with content as `{ "<name>": … }`). The browser turns the tree into a JS value
/// without generics (`api::js_of`), so each type serialized costs one small instantiation.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<Json, JsonError> {
    value.serialize(TreeSerializer)
}

struct TreeSerializer;

/// The elements of a list, or the fields of an object with the variant they belong to, if any.
pub struct ListBuilder {
    items: Vec<Json>,
    variant: Option<&'static str>,
}

pub struct ObjectBuilder {
    fields: Vec<(String, Json)>,
    key: Option<String>,
    variant: Option<&'static str>,
}

fn in_variant(variant: Option<&'static str>, value: Json) -> Json {
    match variant {
        Some(name) => Json::Object(vec![(name.to_owned(), value)]),
        None => value,
    }
}

impl Serializer for TreeSerializer {
    type Ok = Json;
    type Error = JsonError;
    type SerializeSeq = ListBuilder;
    type SerializeTuple = ListBuilder;
    type SerializeTupleStruct = ListBuilder;
    type SerializeTupleVariant = ListBuilder;
    type SerializeMap = ObjectBuilder;
    type SerializeStruct = ObjectBuilder;
    type SerializeStructVariant = ObjectBuilder;

    fn serialize_bool(self, v: bool) -> Result<Json, JsonError> {
        Ok(Json::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Json, JsonError> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Json, JsonError> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<Json, JsonError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Json, JsonError> {
        Ok(Json::Number(v))
    }
    fn serialize_char(self, v: char) -> Result<Json, JsonError> {
        Ok(Json::Text(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Json, JsonError> {
        Ok(Json::Text(v.to_owned()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Json, JsonError> {
        Ok(Json::List(
            v.iter().map(|b| Json::Number(f64::from(*b))).collect(),
        ))
    }
    fn serialize_none(self) -> Result<Json, JsonError> {
        Ok(Json::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Json, JsonError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Json, JsonError> {
        Ok(Json::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Json, JsonError> {
        Ok(Json::Null)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Json, JsonError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Json, JsonError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Json, JsonError> {
        Ok(in_variant(Some(variant), value.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<ListBuilder, JsonError> {
        Ok(ListBuilder {
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<ListBuilder, JsonError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<ListBuilder, JsonError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<ListBuilder, JsonError> {
        Ok(ListBuilder {
            items: Vec::with_capacity(len),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<ObjectBuilder, JsonError> {
        Ok(ObjectBuilder {
            fields: Vec::new(),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<ObjectBuilder, JsonError> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<ObjectBuilder, JsonError> {
        Ok(ObjectBuilder {
            fields: Vec::new(),
            key: None,
            variant: Some(variant),
        })
    }
}

impl ListBuilder {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.items.push(value.serialize(TreeSerializer)?);
        Ok(())
    }
    fn done(self) -> Result<Json, JsonError> {
        Ok(in_variant(self.variant, Json::List(self.items)))
    }
}

impl ser::SerializeSeq for ListBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.push(value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::SerializeTuple for ListBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.push(value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::SerializeTupleStruct for ListBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.push(value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::SerializeTupleVariant for ListBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.push(value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ObjectBuilder {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), JsonError> {
        let value = value.serialize(TreeSerializer)?;
        self.fields.push((key.to_owned(), value));
        Ok(())
    }
    fn done(self) -> Result<Json, JsonError> {
        Ok(in_variant(self.variant, Json::Object(self.fields)))
    }
}

impl ser::SerializeMap for ObjectBuilder {
    type Ok = Json;
    type Error = JsonError;
    /// Keys are text, or numbers written as text, as in JSON.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), JsonError> {
        self.key = Some(match key.serialize(TreeSerializer)? {
            Json::Text(t) => t,
            Json::Number(n) => n.to_string(),
            _ => return Err(ser::Error::custom("a map key must be text")),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::SerializeStruct for ObjectBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::SerializeStructVariant for ObjectBuilder {
    type Ok = Json;
    type Error = JsonError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Json, JsonError> {
        self.done()
    }
}

impl ser::Error for JsonError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        de::Error::custom(msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::association::Association;
    use serde::de::DeserializeOwned;
    use std::collections::BTreeMap;

    /// Reads `text` through a `Json` tree and through serde_json directly: the same value, or the same
    /// message.
    fn both<T: DeserializeOwned + PartialEq + fmt::Debug>(text: &str) {
        let tree: Json = serde_json::from_str(text).unwrap();
        let via_tree = T::deserialize(&tree).map_err(|e| e.to_string());
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let direct = T::deserialize(&value).map_err(|e| e.to_string());
        assert_eq!(via_tree, direct, "{text}");
    }

    #[test]
    fn reads_values_as_serde_json_does() {
        both::<Vec<u32>>("[1, 2, 3]");
        both::<Vec<u32>>("[1.5]");
        both::<Vec<i32>>("[-4]");
        both::<Vec<f64>>("[1, -2, 0.25]");
        both::<Option<bool>>("null");
        both::<(u8, String)>(r#"[1, "a"]"#);
        both::<Vec<String>>(r#"["a", null, 2, true, [], {}]"#);
        both::<Vec<bool>>(r#"[true, "yes"]"#);
        both::<Association>(r#"{"ers_add_on_for":["family_specialist"],"unknown":{"deep":[1]}}"#);
        both::<Association>(r#"{"ers_add_on_for":"all"}"#);
    }

    /// `value` written as a `Json` tree, and as serde_json writes it read back into one: the same tree,
    /// fields in the same order.
    fn written<T: Serialize>(value: &T) {
        let text = serde_json::to_string(value).unwrap();
        assert_eq!(
            to_json(value).unwrap(),
            serde_json::from_str::<Json>(&text).unwrap(),
            "{text}"
        );
    }

    #[test]
    fn names_the_path_of_the_value_that_does_not_fit() {
        let path = |text: &str| {
            let tree: Json = serde_json::from_str(text).unwrap();
            Vec::<BTreeMap<String, Vec<u32>>>::deserialize(&tree)
                .unwrap_err()
                .path()
        };
        assert_eq!(path(r#"[{"a":[1]},{"b":[2, "x"]}]"#), "[1].b[1]");
        assert_eq!(path(r#"[{"a":[1]}, 4]"#), "[1]");
        assert_eq!(path("{}"), ".");
    }

    #[test]
    fn writes_values_as_serde_json_does() {
        written(&[
            Shape::Unit,
            Shape::Newtype(3),
            Shape::Pair(1, 2),
            Shape::Named { side: 0.5 },
        ]);
        written(&(
            None::<u8>,
            (),
            'x',
            -3i64,
            u64::from(u32::MAX),
            Some("text"),
        ));
        written(&vec![(1u8, 2.5f64)].into_iter().collect::<BTreeMap<_, _>>());
    }

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Unit,
        Newtype(u32),
        Pair(u32, u32),
        Named { side: f64 },
    }

    #[test]
    fn reads_enums_as_serde_json_does() {
        for text in [
            r#""unit""#,
            r#"{"newtype":3}"#,
            r#"{"pair":[1,2]}"#,
            r#"{"named":{"side":1.5}}"#,
            r#""other""#,
            r#"{"unit":null}"#,
            r#"{"unit":1}"#,
            "4",
        ] {
            both::<Shape>(text);
        }
    }
}
