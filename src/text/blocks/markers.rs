//! The words that mark furniture, one list each for every stage that looks for them: photo
//! captions and credits (`blocks` lines, pasted pages' captions) and promo openers (pasted pages,
//! the page classifier).

/// Where a credit marker counts (a marker may count in several places).
const OPENS_LINE: u8 = 1; // a caption or credit line opens with it: "Image caption …", "Photo: AP"
const IN_CAPTION: u8 = 2; // a caption carrying its own credit holds it: "… equivalent. Credit: ESA",
                          // or its photographer's and agency's: "… oppose it. Jaafar ASHTIYEH / AFP"
const OPENS_SHORT: u8 = 4; // a short credit line opens with it: "(Image: Getty)"
const AGENCY: u8 = 8; // a line of a few words holding it is an agency's credit: "AP Photo/Jae C. Hong"

/// Photo caption and credit markers, with where each counts.
const CREDIT_MARKERS: [(&str, u8); 18] = [
    ("Image caption", OPENS_LINE),
    ("Media caption", OPENS_LINE),
    ("Image copyright", OPENS_LINE),
    ("Photo:", OPENS_LINE | IN_CAPTION),
    ("Photograph:", OPENS_LINE),
    ("Picture:", OPENS_LINE),
    ("Credit:", OPENS_LINE | IN_CAPTION),
    ("Getty Images", OPENS_LINE),
    ("Media playback is", OPENS_LINE),
    ("(Photo", IN_CAPTION | OPENS_SHORT),
    ("(Image", IN_CAPTION | OPENS_SHORT),
    ("(pictured)", IN_CAPTION),
    ("Photo/", AGENCY),
    ("/Getty", AGENCY),
    ("/AFP", AGENCY),
    (" / AFP", IN_CAPTION),
    (" / Reuters", IN_CAPTION),
    (" / Getty Images", IN_CAPTION),
];

fn credit_markers(place: u8) -> impl Iterator<Item = &'static str> {
    CREDIT_MARKERS.iter().filter(move |(_, at)| at & place != 0).map(|(m, _)| *m)
}

/// A line that opens like a caption or a credit: "Image caption …", "Photo: AP", "Credit: …".
pub(crate) fn opens_caption(line: &str) -> bool {
    credit_markers(OPENS_LINE).any(|m| line.starts_with(m))
}

/// An agency's credit inside a line: "AP Photo/…", "…/Getty", "…/AFP".
pub(crate) fn has_agency_credit(line: &str) -> bool {
    credit_markers(AGENCY).any(|m| line.contains(m))
}

/// A caption that carries its credit: "… equivalent. Credit: ESA", "… nostrils? (Photo: Getty Images)".
pub(crate) fn has_own_credit(para: &str) -> bool {
    credit_markers(IN_CAPTION).any(|m| para.contains(m))
}

/// The shape of a short credit line: ©, "(Image: …)", "(Photo: …)".
pub(crate) fn looks_like_credit(line: &str) -> bool {
    line.contains('©') || credit_markers(OPENS_SHORT).any(|m| line.starts_with(m))
}

/// How promos, calls to action and disclosures begin (English, and "follow us" in the other
/// languages the page classifier covers; lower case).
pub(crate) const PROMO_OPENERS: &[&str] = &[
    "sign up",
    "subscribe",
    "read more",
    "read also",
    "see also",
    "related:",
    "click here",
    "follow us",
    "folgen sie uns",
    "folgt uns",
    "folge uns",
    "síguenos",
    "siguenos",
    "suivez-nous",
    "seguici",
    "siga-nos",
    "obserwuj nas",
    "never miss",
    "start your day",
    "get the latest",
    "advertisement",
    "download the",
    "the very best",
    "the news and stories that matter",
    "this article contains affiliate",
    "we may earn",
    "share this",
    "more:",
    "read next",
    "recommended:",
    "watch:",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_markers_count_where_they_are_listed() {
        assert!(opens_caption("Image caption The crowd outside") && !opens_caption("The crowd. Image caption"));
        assert!(has_own_credit("The module as drawn. Credit: ESA") && has_own_credit("A seal (pictured) rests"));
        assert!(has_own_credit("A man rides a donkey in the village. Jaafar ASHTIYEH / AFP") && !has_own_credit("24 / 7 news"));
        assert!(looks_like_credit("(Image: Getty)") && looks_like_credit("© Reuters") && !looks_like_credit("Credit: ESA"));
        assert!(has_agency_credit("AP Photo/Jae C. Hong") && !has_agency_credit("Photo: AP"));
    }
}
