//! Character classes of the text stages, in one place: blocks, sentences and words ask the same
//! question the same way (which quotation marks close, which scripts are written without spaces).

/// Scripts written without spaces between words, as far as tokens tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spaceless {
    No,
    /// Chinese characters, Japanese kanji (and 々 〆 〇).
    Han,
    Hiragana,
    /// Katakana with its prolonged sound mark, its phonetic extensions and the halfwidth forms.
    Katakana,
    /// Thai, Lao and Khmer letters with their marks: a word is several letters.
    Brahmic,
}

/// The spaceless script of `c`, if any. Assigned code points only: U+3040 is not a letter.
#[inline]
pub fn spaceless(c: char) -> Spaceless {
    match c as u32 {
        0..=0x0DFF => Spaceless::No,
        0x0E00..=0x0EFF | 0x1780..=0x17FF => Spaceless::Brahmic,
        0x3005..=0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Spaceless::Han,
        0x3041..=0x309F => Spaceless::Hiragana,
        0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Spaceless::Katakana,
        _ => Spaceless::No,
    }
}

/// A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer).
#[inline]
pub fn is_spaceless(c: char) -> bool {
    spaceless(c) != Spaceless::No
}

/// Punctuation that ends a sentence, in the scripts the sentence rules know.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '｡' | '।' | '॥' | '؟' | '۔' | '።' | '፧' | '։' | '܂')
}

/// Quotation marks and brackets that may close a quotation or a parenthesis after a sentence's
/// terminator ("…,” she said", "(… ended.)"), and the invisible direction marks around them.
pub fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '］' | '〉' | '》' | '】') || is_format(c)
}

/// Quotation marks and brackets that may open a quotation or a parenthesis before a word.
pub fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '「' | '『' | '（' | '［')
}

/// Brackets and quotation marks that only ever open (not “, which closes „…“, nor «, which closes »…«).
pub fn is_opening_only(c: char) -> bool {
    matches!(c, '„' | '(' | '[' | '{' | '¿' | '¡' | '「' | '『' | '（' | '［' | '《' | '〈' | '【')
}

/// Invisible direction marks and embeddings around punctuation in right-to-left text.
pub fn is_format(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Closing brackets and quotation marks of Chinese and Japanese, after which a space may part two
/// sentences written without spaces.
pub fn is_cjk_closing(c: char) -> bool {
    matches!(c, '）' | '」' | '』' | '】' | '》' | '〉')
}

/// What a paragraph that ends its last sentence ends with, by its last character alone (pasted
/// pages): a terminator, or a closing quotation mark or bracket after one.
pub fn is_paragraph_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | '。' | '！' | '？' | '»')
}

/// Full stops (Sentence_Break ATerm): the period and its one-dot leader, small and fullwidth forms.
#[inline]
pub fn is_full_stop(c: char) -> bool {
    matches!(c, '.' | '\u{2024}' | '\u{FE52}' | '\u{FF0E}')
}

/// The dashes that part a dateline or a trailing agency credit from the text: em, en, hyphen.
pub const DASHES: [char; 3] = ['—', '–', '-'];

/// HTML's ASCII whitespace (the DOM's white-space collapsing knows no other).
#[inline]
pub fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

/// List bullets.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '▫' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '►' | '▸' | '✓' | '✔' | '➢')
}

/// A character of a word token: letters, digits and the marks `char::is_alphanumeric` leaves out.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_word_mark(c))
}

/// Combining marks that `char::is_alphanumeric` leaves out (e.g. some Indic vowel signs).
fn is_word_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0DFF}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{200C}' | '\u{200D}')
}

/// Thai, Lao and Khmer vowel signs and tone marks that belong to the letter before them.
pub fn is_cluster_mark(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}' | '\u{17B4}'..='\u{17D3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_without_spaces() {
        for (c, script) in [
            ('中', Spaceless::Han),
            ('々', Spaceless::Han),
            ('𠀋', Spaceless::Han),
            ('ぁ', Spaceless::Hiragana),
            ('ゟ', Spaceless::Hiragana),
            ('゠', Spaceless::Katakana),
            ('ー', Spaceless::Katakana),
            ('ㇰ', Spaceless::Katakana), // U+31F0, the phonetic extensions (Ainu)
            ('ｱ', Spaceless::Katakana),
            ('ก', Spaceless::Brahmic),
            ('ລ', Spaceless::Brahmic),
            ('ក', Spaceless::Brahmic),
            ('\u{3040}', Spaceless::No), // unassigned
            ('a', Spaceless::No),
            ('한', Spaceless::No), // Korean is written with spaces
            ('。', Spaceless::No), // punctuation is no letter
        ] {
            assert_eq!(spaceless(c), script, "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_spaceless(c), script != Spaceless::No);
        }
    }

    #[test]
    fn closing_and_opening_marks() {
        for c in ['"', '”', '’', '»', ')', ']', '}', '」', '』', '）', '］', '〉', '》', '】', '\u{200F}'] {
            assert!(is_closing(c), "{c:?} closes");
        }
        for c in ['„', '(', '[', '「', '《', '【'] {
            assert!(is_opening_only(c) && !is_closing(c), "{c:?} only opens");
        }
        // “ opens in English and closes „…“ in German; « opens in French and closes »…« in Danish.
        assert!(is_opening('“') && !is_opening_only('“'));
        assert!(is_opening('«') && !is_opening_only('«'));
        assert!(is_terminator('。') && is_terminator('؟') && !is_terminator(';'));
    }
}
