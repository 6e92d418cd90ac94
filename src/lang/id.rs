//! Indonesian. Stopwords: the 100 most frequent words of the stopwords-iso list for "id"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).
//! Abbreviations: chosen by hand after Pragmatic Segmenter's rules for the language (MIT licence)
//! and common news usage; lower case, without the final period.

use super::{Language, Script, Words};

pub static INDONESIAN: Language = Language {
    code: "id",
    script: Script::Latin,
    stopwords: Words::new(
        "ada adalah akan aku anda apa atas atau bagian bahwa baik banyak baru beberapa belum benar \
        bersama besar bisa bukan cara dalam dan dapat dari dengan di dia diri dua hal hanya hari \
        harus ia ingin ini itu jadi jangan jika juga kalau kami kamu karena ke kembali ketika kita \
        lagi lain lalu lebih masih mau melakukan membuat menjadi mereka mungkin oleh pada para \
        pasti pernah pertama punya saat saja sama sampai sangat satu saya sebagai sebuah secara \
        sekarang selalu selama semua sendiri seorang seperti setelah setiap siapa sudah tahun tak \
        tapi telah tempat tentang tersebut tidak untuk waktu yang",
    ),
    abbreviations: Words::new(
        "a.n agt agu apr bpk des dkk dll dr drs dsb dst feb hlm ir jan jl jul jun kab kec kel mei \
        no nov ny okt prof pt s.e s.h sdr sdri sep tbk tel tgl tn u.p yth",
    ),
    titles: Words::new("bpk dr drs ir ny prof sdr sdri tn"),
    stem: super::no_stem,
    ordinals: false,
};
