//! Base64url without padding (RFC 4648 §5), the alphabet that survives in a URL fragment unescaped.
//!
//! Hand-written because share links need only these two functions, and a crate would bring its engines
//! and configuration into the wasm for them.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a text is not base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the base64url alphabet, at this byte offset.
    InvalidCharacter(usize),
    /// The length leaves a single character over, which cannot carry a whole byte.
    TruncatedInput,
}

/// Encodes `bytes` as base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let group = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // A chunk of n bytes fills n + 1 characters; the rest would be padding, which is left out.
        for i in 0..=chunk.len() {
            let index = (group >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Decodes base64url. Trailing `=` padding is accepted (some tools add it), and so are unused low bits
/// in the last character, as RFC 4648 §3.5 allows a decoder to.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let text = text.trim_end_matches('=');
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(Base64Error::TruncatedInput);
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for (chunk_index, chunk) in bytes.chunks(4).enumerate() {
        let mut group: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            let value = sextet(c).ok_or(Base64Error::InvalidCharacter(chunk_index * 4 + i))?;
            group |= u32::from(value) << (18 - 6 * i);
        }
        // n characters carry n - 1 whole bytes.
        for i in 0..chunk.len() - 1 {
            out.push((group >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test vectors of RFC 4648 §10 (identical in base64url, which differs only in characters 62
    /// and 63), without their padding.
    #[test]
    fn rfc_4648_test_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded), Ok(plain.as_bytes().to_vec()));
        }
    }

    #[test]
    fn uses_the_url_safe_characters() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8"), Ok(vec![0xfb, 0xff]));
    }

    #[test]
    fn accepts_padding_on_input() {
        assert_eq!(decode("Zg=="), Ok(b"f".to_vec()));
        assert_eq!(decode("Zm8="), Ok(b"fo".to_vec()));
    }

    #[test]
    fn rejects_what_is_not_base64url() {
        assert_eq!(decode("Zm9v+g"), Err(Base64Error::InvalidCharacter(4)));
        assert_eq!(decode("Zm/v"), Err(Base64Error::InvalidCharacter(2)));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::TruncatedInput));
        assert_eq!(decode("Zm 9"), Err(Base64Error::InvalidCharacter(2)));
        assert_eq!(decode("Zg==Zg"), Err(Base64Error::InvalidCharacter(2)));
    }

    #[test]
    fn every_byte_value_round_trips() {
        let all: Vec<u8> = (0..=255).collect();
        for len in 0..all.len() {
            assert_eq!(decode(&encode(&all[..len])), Ok(all[..len].to_vec()));
        }
    }
}
