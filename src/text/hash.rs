//! A small, fast, deterministic hasher for the per-document word maps (the FxHash scheme of
//! rustc: multiply-rotate per 8-byte word). std's SipHash resists hash flooding, which a summary of
//! one article does not need, and costs several times more per short key.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash ^ word).wrapping_mul(K);
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
            let lo = u32::from_le_bytes(bytes[..4].try_into().unwrap()) as u64;
            let hi = u32::from_le_bytes(bytes[bytes.len() - 4..].try_into().unwrap()) as u64;
            self.add(lo | hi << 32);
        } else if !bytes.is_empty() {
            let (a, b, c) = (bytes[0] as u64, bytes[bytes.len() / 2] as u64, bytes[bytes.len() - 1] as u64);
            self.add(a | b << 8 | c << 16 | (bytes.len() as u64) << 24);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes the bucket from the low bits and a tag from the top 7: move the
        // well-mixed high bits down.
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_strings() {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        for (i, w) in ["a", "ab", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi", "Russia", "russia"].iter().enumerate() {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.len(), 9);
        assert_eq!(m.get("Russia"), Some(&7));
        assert_eq!(m.get("abcdefghi"), Some(&6));
        assert_eq!(m.get("abcdefgj"), None);
    }
}
