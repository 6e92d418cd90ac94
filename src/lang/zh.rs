//! Chinese. Stopwords: the 100 most frequent words of the stopwords-iso list for "zh"
//! (npm package stopwords-iso 1.1.0, MIT licence), ranked by their frequency in the wordfreq 3.1
//! word lists (used only to choose, not copied).

use super::{Language, Script, Words};

pub static CHINESE: Language = Language {
    code: "zh",
    script: Script::Han,
    stopwords: Words::new(
        "一 一个 三 上 下 不 不是 与 个 中 为 之 也 了 于 人 什么 从 他 他们 以 们 会 但 你 做 其 再 到 去 又 及 只 可 可以 后 向 吗 吧 和 啊 因为 \
        在 地 多 大 她 好 如果 它 对 将 小 就 就是 已 年 并 开始 当 很 得 怎么 我 我们 或 所 把 日 时 时候 是 更 最 月 有 来 用 由 的 看 着 等 给 \
        而 能 自己 被 要 让 该 说 过 还 这 这个 这些 这样 那 都",
    ),
    abbreviations: Words::EMPTY,
    titles: Words::EMPTY,
    stem: super::no_stem,
    ordinals: false,
};
