//! Lower-casing characters without std's conversion table.
//!
//! `char::to_lowercase` links about 6 KB of tables into the WebAssembly module. Every lower-case
//! mapping of Unicode is a run of consecutive letters moved by one offset (A–Z, А–Я, Ա–Ֆ), or a run
//! of upper/lower pairs (Ā ā Ă ă …): 187 runs, here in about 1.5 KB, and the same result as std
//! for every character (the test `same_as_std_for_every_char` checks all of them).

/// [`char::to_lowercase`] for every character but U+0130 (İ), whose lower case is two
/// characters ("i̇"): see [`push_lowercase`].
#[inline]
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let cp = c as u32;
    // The last run starting at or before `cp`.
    let i = RUNS.partition_point(|&(packed, _)| packed & START <= cp);
    let Some(&(packed, delta)) = i.checked_sub(1).and_then(|i| RUNS.get(i)) else { return c };
    let start = packed & START;
    let offset = cp - start;
    let pairs = packed >> 31 == 1;
    if offset > (packed >> 21) & LEN || pairs && offset % 2 == 1 {
        return c;
    }
    char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c)
}

/// Appends the lower case of `text` to `buf`, exactly as
/// `buf.extend(text.chars().flat_map(char::to_lowercase))` does.
pub fn push_lowercase(buf: &mut String, text: &str) {
    // ASCII (class names, most words) by byte: the same result, without decoding characters.
    if text.is_ascii() {
        let at = buf.len();
        buf.push_str(text);
        buf[at..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        if c == '\u{130}' {
            buf.push_str("i\u{307}");
        } else {
            buf.push(lower(c));
        }
    }
}

/// The lower case of `text` (see [`push_lowercase`]).
pub fn to_lowercase(text: &str) -> String {
    let mut buf = String::with_capacity(text.len());
    push_lowercase(&mut buf, text);
    buf
}

const START: u32 = (1 << 21) - 1;
const LEN: u32 = (1 << 10) - 1;

/// The runs of characters that have a lower case other than themselves, from U+0080 up, in order:
/// `(start | (last - start) << 21 | pairs << 31, offset)`. In a run of pairs only every other
/// character (start, start + 2, …) moves; the ones between are already lower case. Generated from
/// `char::to_lowercase` by the ignored test `print_runs`.
#[rustfmt::skip]
static RUNS: [(u32, i32); 187] = [
    (0x02C000C0, 32), (0x00C000D8, 32), (0x85C00100, 1), (0x80800132, 1), (0x81C00139, 1),
    (0x8580014A, 1), (0x00000178, -121), (0x80800179, 1), (0x00000181, 210), (0x80400182, 1),
    (0x00000186, 206), (0x00000187, 1), (0x00200189, 205), (0x0000018B, 1), (0x0000018E, 79),
    (0x0000018F, 202), (0x00000190, 203), (0x00000191, 1), (0x00000193, 205), (0x00000194, 207),
    (0x00000196, 211), (0x00000197, 209), (0x00000198, 1), (0x0000019C, 211), (0x0000019D, 213),
    (0x0000019F, 214), (0x808001A0, 1), (0x000001A6, 218), (0x000001A7, 1), (0x000001A9, 218),
    (0x000001AC, 1), (0x000001AE, 218), (0x000001AF, 1), (0x002001B1, 217), (0x804001B3, 1),
    (0x000001B7, 219), (0x000001B8, 1), (0x000001BC, 1), (0x000001C4, 2), (0x000001C5, 1),
    (0x000001C7, 2), (0x000001C8, 1), (0x000001CA, 2), (0x820001CB, 1), (0x820001DE, 1),
    (0x000001F1, 2), (0x804001F2, 1), (0x000001F6, -97), (0x000001F7, -56), (0x84C001F8, 1),
    (0x00000220, -130), (0x82000222, 1), (0x0000023A, 10795), (0x0000023B, 1), (0x0000023D, -163),
    (0x0000023E, 10792), (0x00000241, 1), (0x00000243, -195), (0x00000244, 69), (0x00000245, 71),
    (0x81000246, 1), (0x80400370, 1), (0x00000376, 1), (0x0000037F, 116), (0x00000386, 38),
    (0x00400388, 37), (0x0000038C, 64), (0x0020038E, 63), (0x02000391, 32), (0x010003A3, 32),
    (0x000003CF, 8), (0x82C003D8, 1), (0x000003F4, -60), (0x000003F7, 1), (0x000003F9, -7),
    (0x000003FA, 1), (0x004003FD, -130), (0x01E00400, 80), (0x03E00410, 32), (0x84000460, 1),
    (0x8680048A, 1), (0x000004C0, 15), (0x818004C1, 1), (0x8BC004D0, 1), (0x04A00531, 48),
    (0x04A010A0, 7264), (0x000010C7, 7264), (0x000010CD, 7264), (0x09E013A0, 38864),
    (0x00A013F0, 8), (0x00001C89, 1), (0x05401C90, -3008), (0x00401CBD, -3008), (0x92801E00, 1),
    (0x00001E9E, -7615), (0x8BC01EA0, 1), (0x00E01F08, -8), (0x00A01F18, -8), (0x00E01F28, -8),
    (0x00E01F38, -8), (0x00A01F48, -8), (0x00001F59, -8), (0x00001F5B, -8), (0x00001F5D, -8),
    (0x00001F5F, -8), (0x00E01F68, -8), (0x00E01F88, -8), (0x00E01F98, -8), (0x00E01FA8, -8),
    (0x00201FB8, -8), (0x00201FBA, -74), (0x00001FBC, -9), (0x00601FC8, -86), (0x00001FCC, -9),
    (0x00201FD8, -8), (0x00201FDA, -100), (0x00201FE8, -8), (0x00201FEA, -112), (0x00001FEC, -7),
    (0x00201FF8, -128), (0x00201FFA, -126), (0x00001FFC, -9), (0x00002126, -7517),
    (0x0000212A, -8383), (0x0000212B, -8262), (0x00002132, 28), (0x01E02160, 16), (0x00002183, 1),
    (0x032024B6, 26), (0x05E02C00, 48), (0x00002C60, 1), (0x00002C62, -10743), (0x00002C63, -3814),
    (0x00002C64, -10727), (0x80802C67, 1), (0x00002C6D, -10780), (0x00002C6E, -10749),
    (0x00002C6F, -10783), (0x00002C70, -10782), (0x00002C72, 1), (0x00002C75, 1),
    (0x00202C7E, -10815), (0x8C402C80, 1), (0x80402CEB, 1), (0x00002CF2, 1), (0x8580A640, 1),
    (0x8340A680, 1), (0x8180A722, 1), (0x8780A732, 1), (0x8040A779, 1), (0x0000A77D, -35332),
    (0x8100A77E, 1), (0x0000A78B, 1), (0x0000A78D, -42280), (0x8040A790, 1), (0x8240A796, 1),
    (0x0000A7AA, -42308), (0x0000A7AB, -42319), (0x0000A7AC, -42315), (0x0000A7AD, -42305),
    (0x0000A7AE, -42308), (0x0000A7B0, -42258), (0x0000A7B1, -42282), (0x0000A7B2, -42261),
    (0x0000A7B3, 928), (0x81C0A7B4, 1), (0x0000A7C4, -48), (0x0000A7C5, -42307),
    (0x0000A7C6, -35384), (0x8040A7C7, 1), (0x0000A7CB, -42343), (0x81C0A7CC, 1),
    (0x0000A7DC, -42561), (0x0000A7F5, 1), (0x0320FF21, 32), (0x04E10400, 40), (0x046104B0, 40),
    (0x01410570, 39), (0x01C1057C, 39), (0x00C1058C, 39), (0x00210594, 39), (0x06410C80, 64),
    (0x02A10D50, 32), (0x03E118A0, 32), (0x03E16E40, 32), (0x03016EA0, 27), (0x0421E900, 34),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_std_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let std: String = c.to_lowercase().collect();
            assert_eq!(to_lowercase(c.encode_utf8(&mut [0; 4])), std, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn scripts() {
        assert_eq!(to_lowercase("ÀÉÎ Straße ĞİŞ ΑΘΉΝΑ МОСКВА ԵՐԵՎԱՆ ǅ"), "àéî straße ği̇ş αθήνα москва երեվան ǆ");
    }

    /// Prints `RUNS` from the running toolchain's tables: `cargo test print_runs -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_runs() {
        let mut runs: Vec<(u32, u32, i64, bool)> = Vec::new();
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else { continue };
            let (cp, delta) = (c as u32, l as i64 - c as i64);
            if delta == 0 {
                continue;
            }
            if let Some(last) = runs.last_mut() {
                let pair_next = delta == 1 && cp == last.1 + 2;
                if last.3 && pair_next || !last.3 && delta == last.2 && cp == last.1 + 1 {
                    last.1 = cp;
                    continue;
                }
                if !last.3 && last.0 == last.1 && last.2 == 1 && pair_next {
                    (last.1, last.3) = (cp, true);
                    continue;
                }
            }
            runs.push((cp, cp, delta, false));
        }
        println!("static RUNS: [(u32, i32); {}] = [", runs.len());
        for (start, last, delta, pairs) in runs {
            println!("    (0x{:08X}, {delta}),", start | (last - start) << 21 | (pairs as u32) << 31);
        }
        println!("];");
    }
}
