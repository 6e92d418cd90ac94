//! The per-document word maps: open addressing over a power-of-two table, keyed by string slices
//! of the text ([`StrMap`]), by integers ([`IntMap`]), or interning strings to dense ids
//! ([`Interner`]). One small probe loop serves them all; std's SipHash resists hash flooding, which
//! a summary of one article does not need. Measured against well-kept crates (bench/RESULTS.md, size and
//! speed): `hashbrown::HashTable` under these maps and `rustc-hash` for std's maps ran the same
//! instructions per byte and made the npm module about 300 bytes bigger gzipped, each.

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// A slot's hash: 32 bits, so that an interner's slot (hash and id) takes 8 bytes, not 16 (its
/// table is zeroed for every document). Keys are always compared; the hash only sorts them.
type Hash = u32;

/// The high half of a 64-bit hash, odd (0 marks an empty slot).
#[inline]
fn narrow(h: u64) -> Hash {
    (h >> 32) as Hash | 1
}

/// Hash of a byte string for [`StrMap`] and [`Interner`] (never 0, which marks an empty slot).
#[inline]
fn hash_bytes(bytes: &[u8]) -> Hash {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h.rotate_left(5) ^ tail_word(rest)).wrapping_mul(K);
    }
    narrow(h)
}

/// `rest` (1 to 7 bytes) as a little-endian word, zero-padded: two overlapping loads (or three
/// bytes) instead of a copy into a buffer, which costs a call to memcpy for a word of a few letters.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if let (Some(&[a, b, c, d]), Some(&[e, f, g, h])) = (rest.get(..4), rest.get(n.wrapping_sub(4)..)) {
        let low = u64::from(u32::from_le_bytes([a, b, c, d]));
        let high = u64::from(u32::from_le_bytes([e, f, g, h]));
        return low | high << (8 * (n - 4));
    }
    match rest {
        [] => 0,
        [a, ..] => {
            let (m, z) = (n / 2, n - 1);
            u64::from(*a) | u64::from(rest[m]) << (8 * m) | u64::from(rest[z]) << (8 * z)
        }
    }
}

/// Open addressing with linear probing over a power-of-two table of `(hash, payload)`: the probe
/// loop of the word maps below, small enough to inline.
#[derive(Clone)]
struct Slots<T: Copy> {
    slots: Vec<(Hash, T)>,
    len: usize,
    shift: u32,
}

impl<T: Copy> Slots<T> {
    fn new() -> Self {
        Slots { slots: Vec::new(), len: 0, shift: 64 }
    }

    /// A table that holds `n` entries without growing.
    fn with_capacity(n: usize, empty: T) -> Self {
        if n == 0 {
            return Slots::new();
        }
        let size = (2 * n).next_power_of_two().max(64);
        Slots { slots: vec![(0, empty); size], len: 0, shift: 64 - size.trailing_zeros() }
    }

    /// The payload whose slot has hash `h` and passes `is_key`, or `None`.
    #[inline]
    fn find(&self, h: Hash, is_key: impl FnMut(&T) -> bool) -> Option<T> {
        self.position(h, is_key).map(|i| self.slots[i].1)
    }

    /// The index of the slot [`Slots::find`] finds.
    #[inline]
    fn position(&self, h: Hash, mut is_key: impl FnMut(&T) -> bool) -> Option<usize> {
        if self.len == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (u64::from(h).wrapping_mul(K) >> self.shift) as usize;
        loop {
            let (sh, ref payload) = self.slots[i];
            if sh == 0 {
                return None;
            }
            if sh == h && is_key(payload) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds a payload (whose key is not in the table yet) under hash `h`.
    fn add(&mut self, h: Hash, payload: T, empty: T) {
        // At most half full: linear probing stays short.
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![(0, empty); size]);
            self.shift = 64 - size.trailing_zeros();
            for (oh, op) in old {
                if oh != 0 {
                    self.place(oh, op);
                }
            }
        }
        self.place(h, payload);
        self.len += 1;
    }

    fn place(&mut self, h: Hash, payload: T) {
        let mask = self.slots.len() - 1;
        let mut i = (u64::from(h).wrapping_mul(K) >> self.shift) as usize;
        while self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (h, payload);
    }
}

/// A map from string slices borrowed from the text to small values: the per-document word
/// caches, one inlined probe per word and no copy of any key.
#[derive(Clone)]
pub struct StrMap<'a, V: Copy + Default> {
    slots: Slots<(&'a str, V)>,
}

impl<'a, V: Copy + Default> Default for StrMap<'a, V> {
    fn default() -> Self {
        StrMap { slots: Slots::new() }
    }
}

impl<'a, V: Copy + Default> StrMap<'a, V> {
    /// A map that holds `n` words without growing.
    pub fn with_capacity(n: usize) -> Self {
        StrMap { slots: Slots::with_capacity(n, ("", V::default())) }
    }

    /// The value of `key` if it is in the map, and the key's hash for [`StrMap::insert_hashed`].
    #[inline]
    pub fn lookup(&self, key: &str) -> (Hash, Option<V>) {
        let h = hash_bytes(key.as_bytes());
        (h, self.slots.find(h, |(k, _)| *k == key).map(|(_, v)| v))
    }

    /// The value of `key`, to change in place, if it is in the map.
    #[inline]
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let h = hash_bytes(key.as_bytes());
        let i = self.slots.position(h, |(k, _)| *k == key)?;
        Some(&mut self.slots.slots[i].1 .1)
    }

    /// Adds `key` (not in the map yet) with the hash `lookup` gave for it.
    pub fn insert_hashed(&mut self, hash: Hash, key: &'a str, value: V) {
        self.slots.add(hash, (key, value), ("", V::default()));
    }

    /// The value of `key`, added as `V::default()` if it was not in the map, to change in place.
    pub fn value_mut(&mut self, key: &'a str) -> &mut V {
        let h = hash_bytes(key.as_bytes());
        let i = match self.slots.position(h, |(k, _)| *k == key) {
            Some(i) => i,
            None => {
                self.insert_hashed(h, key, V::default());
                self.slots.position(h, |(k, _)| *k == key).unwrap_or(0)
            }
        };
        &mut self.slots.slots[i].1 .1
    }

    pub fn len(&self) -> usize {
        self.slots.len
    }

    pub fn is_empty(&self) -> bool {
        self.slots.len == 0
    }
}

/// A map from integers (term ids, pairs of them, characters) to small values.
#[derive(Clone)]
pub struct IntMap<V: Copy + Default> {
    slots: Slots<(u64, V)>,
}

impl<V: Copy + Default> Default for IntMap<V> {
    fn default() -> Self {
        IntMap { slots: Slots::new() }
    }
}

impl<V: Copy + Default> IntMap<V> {
    /// A map that holds `n` keys without growing.
    pub fn with_capacity(n: usize) -> Self {
        IntMap { slots: Slots::with_capacity(n, (0, V::default())) }
    }

    /// The slot hash of `key`: any odd number will do, the probe mixes it.
    #[inline]
    fn hash(key: u64) -> Hash {
        narrow(key.wrapping_mul(K))
    }

    #[inline]
    pub fn get(&self, key: u64) -> Option<V> {
        self.slots.find(Self::hash(key), |&(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets the value of `key`, whether it was in the map or not.
    pub fn insert(&mut self, key: u64, value: V) {
        let h = Self::hash(key);
        match self.slots.position(h, |&(k, _)| k == key) {
            Some(i) => self.slots.slots[i].1 .1 = value,
            None => self.slots.add(h, (key, value), (0, V::default())),
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len
    }

    pub fn is_empty(&self) -> bool {
        self.slots.len == 0
    }
}

/// Strings stored end to end in one buffer and read back by id: one allocation for a document's
/// terms instead of one each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strings {
    text: String,
    ends: Vec<usize>,
}

impl Strings {
    fn with_capacity(n: usize) -> Self {
        Strings { text: String::with_capacity(8 * n), ends: Vec::with_capacity(n) }
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The string with id `id`, if there is one.
    pub fn get(&self, id: usize) -> Option<&str> {
        let end = *self.ends.get(id)?;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        self.text.get(start..end)
    }

    /// The strings in order of their ids.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|id| &self[id])
    }
}

impl std::ops::Index<usize> for Strings {
    type Output = str;
    fn index(&self, id: usize) -> &str {
        self.get(id).unwrap_or("")
    }
}

/// Strings interned to dense ids `0..len`, in order of first sight; each string stored once.
#[derive(Clone)]
pub struct Interner {
    slots: Slots<u32>,
    strings: Strings,
}

impl Default for Interner {
    fn default() -> Self {
        Interner { slots: Slots::new(), strings: Strings::default() }
    }
}

impl Interner {
    /// An interner that holds `n` strings without growing its table.
    pub fn with_capacity(n: usize) -> Self {
        Interner { slots: Slots::with_capacity(n, 0), strings: Strings::with_capacity(n) }
    }

    /// The id of `s`, and whether it is new.
    #[inline]
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        let h = hash_bytes(s.as_bytes());
        let strings = &self.strings;
        if let Some(id) = self.slots.find(h, |&id| &strings[id as usize] == s) {
            return (id, false);
        }
        let id = self.strings.len() as u32;
        self.strings.push(s);
        self.slots.add(h, id, 0);
        (id, true)
    }

    /// The id of `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<u32> {
        let strings = &self.strings;
        self.slots.find(hash_bytes(s.as_bytes()), |&id| &strings[id as usize] == s)
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    pub fn into_strings(self) -> Strings {
        self.strings
    }
}

impl std::ops::Index<usize> for Interner {
    type Output = str;
    fn index(&self, id: usize) -> &str {
        &self.strings[id]
    }
}

#[cfg(test)]
mod map_tests {
    use super::*;

    #[test]
    fn tail_word_is_the_zero_padded_little_endian_word() {
        let bytes = b"abcdefg";
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn str_map_and_interner() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}x{}", i * 7919 % 1000)).collect();
        let mut m: StrMap<u32> = StrMap::default();
        for (i, w) in words.iter().enumerate() {
            let (h, found) = m.lookup(w);
            assert_eq!(found, None);
            m.insert_hashed(h, w, i as u32);
        }
        assert_eq!(m.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.lookup(w).1, Some(i as u32));
        }
        assert_eq!(m.lookup("absent").1, None);
        *m.value_mut(&words[1]) += 10;
        *m.value_mut("new") += 3;
        assert_eq!((m.lookup(&words[1]).1, m.lookup("new").1, m.len()), (Some(11), Some(3), words.len() + 1));

        let mut ints: IntMap<u32> = IntMap::default();
        for k in 0..3000u64 {
            ints.insert(k << 32 | (k * 31 % 7), k as u32);
        }
        ints.insert(0, 99);
        assert_eq!((ints.get(0), ints.get(5 << 32 | 1), ints.get(1), ints.len()), (Some(99), Some(5), None, 3000));
        assert_eq!(m.lookup("").1, None);

        let mut interner = Interner::default();
        for w in ["b", "a", "b", "", "a", "c"] {
            interner.intern(w);
        }
        assert_eq!(interner.intern("a"), (1, false));
        assert_eq!(interner.intern("d"), (4, true));
        let strings = interner.into_strings();
        assert_eq!(strings.iter().collect::<Vec<_>>(), ["b", "a", "", "c", "d"]);
        assert_eq!((strings.get(1), strings.get(5)), (Some("a"), None));
    }
}
