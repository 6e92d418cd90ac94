//! One option's value as a front end read it, and the number syntax of flags and attributes.

use super::messages::concat;

/// One option's value as a front end read it, before any check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    /// Not given (`undefined`, `null`, a missing key or attribute).
    Unset,
    Number(f64),
    /// A string value (a JavaScript or JSON string). Flags and attributes, which are all text,
    /// go through [`Value::parse`] instead.
    Text(&'a str),
    /// Text that was meant to be a number and is not one (a flag's or attribute's text).
    Unparsed(&'a str),
    /// A value of another type, named as the front end names types ("boolean", "array").
    Other(&'a str),
}

impl<'a> Value<'a> {
    /// A flag's or an attribute's text: a decimal number (`3`, `0.25`, `-1`, `2e1`; a percentage
    /// such as `20%` is read as 0.2), or [`Value::Unparsed`]. For the CLI; the WASM build passes its
    /// own conversion to [`Value::parse_with`] (Rust's float parser costs about 17 KB gzipped).
    pub fn parse(text: &'a str) -> Value<'a> {
        Value::parse_with(text, |digits| digits.parse().unwrap_or(f64::NAN))
    }

    /// [`Value::parse`] with `to_f64` converting the decimal digits, once they are known to be a
    /// number: the syntax, and so the verdict, is decided here for every front end.
    pub fn parse_with(text: &'a str, to_f64: impl FnOnce(&str) -> f64) -> Value<'a> {
        let trimmed = text.trim();
        let (digits, scale) = match trimmed.strip_suffix('%') {
            Some(d) => (d.trim_end(), 100.0),
            None => (trimmed, 1.0),
        };
        if is_decimal(digits) {
            Value::Number(to_f64(digits) / scale)
        } else {
            Value::Unparsed(text)
        }
    }

    /// How a message names this value when its type is wrong.
    pub(super) fn described(&self) -> String {
        match *self {
            Value::Unset => "undefined".into(),
            Value::Number(_) => "number".into(),
            Value::Text(_) => "string".into(),
            Value::Unparsed(text) => concat(&["\"", text, "\""]),
            Value::Other(kind) => kind.to_string(),
        }
    }
}

/// `[+-]digits[.digits][(e|E)[+-]digits]`, or with the digits only after the point (`.5`).
fn is_decimal(text: &str) -> bool {
    fn digits(b: &[u8]) -> usize {
        b.iter().take_while(|c| c.is_ascii_digit()).count()
    }
    let b = text.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let whole = digits(&b[i..]);
    i += whole;
    let mut fraction = 0;
    if b.get(i) == Some(&b'.') {
        fraction = digits(&b[i + 1..]);
        i += 1 + fraction;
    }
    if whole + fraction == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        let exponent = digits(&b[i..]);
        if exponent == 0 {
            return false;
        }
        i += exponent;
    }
    i == b.len()
}
