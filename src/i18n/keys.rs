//! Reading a message table's keys and slots, shared by `build.rs` (which generates [`Msg`] from
//! `en.txt` and checks every table) and the native tests. The wasm never needs key names: a table's
//! lines are in [`Msg`] order, and its first line carries the fingerprint of the key set.
//!
//! [`Msg`]: crate::i18n::Msg

/// What the first line of every table starts with; the fingerprint follows.
pub const HEADER_PREFIX: &str = "#! endorsement-navigator messages ";

/// One `key = pattern` line of a table.
pub struct Entry<'a> {
    pub line: usize,
    pub key: &'a str,
    pub pattern: &'a str,
}

/// The entries of a table in file order: every line but the first, blank lines and `#` comments.
pub fn entries(text: &str) -> Result<Vec<Entry<'_>>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, pattern)) = line.split_once('=') else {
            return Err(format!("line {}: expected `key = pattern`", i + 1));
        };
        let key = key.trim();
        if key.is_empty()
            || !key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
        {
            return Err(format!(
                "line {}: a key is lower-case letters, digits, `_` and `.`: {key:?}",
                i + 1
            ));
        }
        out.push(Entry {
            line: i + 1,
            key,
            pattern: pattern.trim(),
        });
    }
    Ok(out)
}

/// The slot names a pattern uses (`{n}`, and the `n` of `{n -> …}`), sorted, each once.
pub fn slots(pattern: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        names.push(rest[..end].to_owned());
    }
    names.sort();
    names.dedup();
    names
}

/// The fingerprint of a key set: FNV-1a (64 bit) over each key with its slot names, in order, as hex.
/// Two tables with the same fingerprint fill the same [`crate::i18n::Msg`] with the same slots.
pub fn fingerprint(entries: &[Entry<'_>]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for e in entries {
        let line = format!("{}({})\n", e.key, slots(e.pattern).join(","));
        for b in line.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The Rust name of a key: `checker.degree.heading` → `CheckerDegreeHeading`.
pub fn variant(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}
