use super::*;

/// A speaker phrase and the cue that gave it, as found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Attribution {
    /// The speaker phrase, if the cue names one.
    pub(super) speaker: Option<Span>,
    pub(super) cue: Span,
    /// The cue stands right beside the quotation.
    pub(super) adjacent: bool,
    /// A bare colon introduction: it attributes only if the Cast knows the speaker, and
    /// has no cue word.
    pub(super) needs_cast: bool,
}

/// A cue at word `i`: its length in words, for cue verbs only.
pub(super) fn cue_verb_at(w: &Words, i: usize) -> Option<usize> {
    let n = w.phrase_at(i, &w.lex.cues)?;
    if w.capitalised(i)
        && (w.lex.ambiguous.has(w.low(i))
            || (i + 1..w.len().min(i + 3)).any(|k| !w.capitalised(k) && w.lex.cues.has(w.low(k))))
    {
        return None; // "the State Department", "the Washington Post", "Omar Said wrote"
    }
    if w.phrase_at(i, &w.lex.sources).is_some() || w.phrase_at(i, &w.lex.passive).is_some() {
        return None;
    }
    Some(n)
}

/// The cue as written: the verb and a tail that belongs to it ("said in a statement").
pub(super) fn cue_span(w: &Words, i: usize, n: usize) -> Span {
    let tail = w.phrase_at(i + n, &w.lex.tails).filter(|_| !w.has_punct_before(i + n)).unwrap_or(0);
    w.span(i, i + n + tail)
}

/// Attribution right after the closing mark: `, the minister said`, `, said Smith`,
/// `, according to X`, `Zelenskyy said in a tweet`, `, Lavrov, 72, said`. The first cue
/// before the sentence ends counts; it is adjacent when its speaker phrase starts right
/// after the quote, not after a clause the quote ran into (`"…" without delay,' he said`).
pub(super) fn attribution_after(w: &Words, gap: &str) -> Option<Attribution> {
    if gap.contains(['.', '!', '?', ';', '(']) || w.len() == 0 {
        return None;
    }
    for v in 0..w.len().min(14) {
        if w.gap_before(v).contains(['.', '!', '?', ';', ':']) {
            return None;
        }
        let clause_start = v == 0 || w.has_punct_before(v);
        if clause_start {
            if let Some(n) = w.phrase_at(v, &w.lex.sources) {
                let np = phrase_after(w, v + n, true)?;
                return Some(Attribution {
                    speaker: Some(np),
                    cue: w.span(v, v + n),
                    adjacent: v == 0,
                    needs_cast: false,
                });
            }
        }
        let Some(n) = cue_verb_at(w, v) else { continue };
        if clause_start && w.low(v).ends_with("ing") {
            // `, adding that…`: the speaker is the subject before the quote.
            return None;
        }
        let cue = cue_span(w, v, n);
        return match subject_before(w, v) {
            Some(subject) => Some(Attribution {
                speaker: Some(subject),
                cue,
                adjacent: subject.start == w.ws[0].start,
                needs_cast: false,
            }),
            None if clause_start => {
                let speaker = phrase_after(w, v + n, false).filter(|_| w.lex.inverting.has(w.low(v)));
                Some(Attribution { speaker, cue, adjacent: v == 0, needs_cast: false })
            }
            None => None,
        };
    }
    None
}

/// The speaker phrase after a cue ending before word `i`: `said Karine Jean-Pierre, the…`,
/// `according to a statement from the ministry`. Prepositions continue a source phrase
/// ("notes of the British Bill") but end a speaker after a verb ("said X in Kyiv").
pub(super) fn phrase_after(w: &Words, i: usize, source: bool) -> Option<Span> {
    let mut end = i;
    while end < w.len() && end - i < 10 {
        let word = w.low(end);
        let stop = if source {
            w.lex.boundaries.has(word) && !matches!(word, "by" | "on")
        } else {
            w.boundary(end) || matches!(word, "in" | "from" | "for" | "with")
        };
        if (end > i && w.has_punct_before(end)) || stop {
            break;
        }
        end += 1;
    }
    // A trailing cue verb belongs to the source phrase's own clause ("… from PMO read").
    while end > i && w.lex.cues.has(w.low(end - 1)) {
        end -= 1;
    }
    (end > i).then(|| w.span(i, end))
}

/// How long an insertion between a subject and its cue may be ("Clinton himself,
/// speaking at the signing of a free trade agreement at the White House, urged").
const INSERTION_WORDS: usize = 24;

/// The subject before the cue verb at word `v`: `Sergei Lavrov, in an address, restated`,
/// `Alex Huang, the spokesman, told`, `Zelenskyy took to Twitter and said`.
pub(super) fn subject_before(w: &Words, v: usize) -> Option<Span> {
    if v >= 2 && w.is(v - 1, "as") && w.is(v, "saying") {
        // `quoted Smith as saying`
        let quoted = (v.saturating_sub(8)..v - 1).rev().find(|&k| w.is(k, "quoted"))?;
        return (quoted + 1 < v - 1).then(|| w.span(quoted + 1, v - 1));
    }
    let mut end = v;
    while end > 0 && w.auxiliary(end - 1) && !w.has_punct_before(end) {
        end -= 1;
    }
    if end > 0 && w.gap_before(end).contains(',') {
        // An insertion between subject and verb: take the phrase before it.
        let comma = (end.saturating_sub(INSERTION_WORDS)..end - 1).rev().find(|&k| w.gap_before(k + 1).contains(','));
        if let Some(k) = comma {
            return noun_phrase_ending(w, k + 1);
        }
        return None;
    }
    if end > 1 && (w.is(end - 1, "who") || w.is(end - 1, "which")) {
        // `Republicans who said`: the relative word stands for the phrase before it.
        let mut start = end - 1;
        while start > 0
            && end - 1 - start < 4
            && !w.has_punct_before(start)
            && !w.boundary(start - 1)
            && !w.lex.prepositions.has(w.low(start - 1))
        {
            start -= 1;
        }
        return (start < end - 1).then(|| w.span(start, end - 1));
    }
    if end > 0 && w.is(end - 1, "and") {
        // Coordinated verbs share the subject at the start of the clause.
        let mut start = end - 1;
        while start > 0 && !w.has_punct_before(start) && end - start < 15 {
            start -= 1;
        }
        // The clause's subject: capitalised words, or a determiner and its noun.
        let determiner = |k: usize| matches!(w.low(k), "the" | "a" | "an");
        let mut stop = start;
        while stop < end - 1
            && !w.boundary(stop)
            && (w.capitalised(stop) || determiner(stop) || (stop > start && determiner(stop - 1)))
        {
            stop += 1;
        }
        return (stop > start).then(|| w.span(start, stop));
    }
    // `Jack Straw, who was Foreign Secretary at the time of the war told`: a relative
    // clause the writer did not close with a comma.
    let lo = end.saturating_sub(INSERTION_WORDS);
    let relative = |k: usize| (w.is(k, "who") || w.is(k, "which")) && w.gap_before(k).contains(',');
    let stop = |k: usize| relative(k) || w.has_punct_before(k + 1) || w.lex.cues.has(w.low(k));
    let opened = (lo..end).rev().find(|&k| stop(k)).filter(|&k| relative(k));
    noun_phrase_ending(w, opened.unwrap_or(end))
}

/// The noun phrase that ends before word `end`, reading back to a boundary.
pub(super) fn noun_phrase_ending(w: &Words, end: usize) -> Option<Span> {
    let mut start = end;
    // "and", "on"... between capitalised words belong to a name ("Committee on
    // Intelligence and Security").
    let inside_name =
        |k: usize| k > 0 && k + 1 < w.len() && w.capitalised(k - 1) && w.capitalised(k + 1) && w.joined(k - 1, 3);
    while start > 0 && end - start < 10 && (!w.boundary(start - 1) || inside_name(start - 1)) {
        start -= 1;
        if w.has_punct_before(start) && !w.gap_before(start).trim().eq("-") {
            break;
        }
    }
    (start < end).then(|| w.span(start, end))
}

/// Attribution before the opening mark, in the quote's sentence: the nearest cue.
pub(super) fn attribution_before(w: &Words, gap: &str, after: &Words) -> Option<Attribution> {
    let n = w.len();
    for i in (0..n).rev() {
        if let Some(k) = w.phrase_at(i, &w.lex.sources) {
            let speaker = phrase_after(w, i + k, true);
            return Some(Attribution { speaker, cue: w.span(i, i + k), adjacent: i + k + 8 >= n, needs_cast: false });
        }
        if let Some(k) = w.phrase_at(i, &w.lex.passive) {
            // `described as "…" by his spokesman Robert Gibbs`
            let speaker = after.is(0, "by").then(|| phrase_after(after, 1, true)).flatten();
            return Some(Attribution { speaker, cue: w.span(i, i + k), adjacent: i + k == n, needs_cast: false });
        }
        let Some(k) = cue_verb_at(w, i) else { continue };
        let next_gap = if i + k < n { w.gap_before(i + k) } else { gap };
        let introduces = i + k == n || w.is(i + k, "that") || next_gap.contains([':', ',']);
        // An ambiguous cue is a verb when it introduces the quote, or right after a name
        // or pronoun: "Tinubu described the budget as a "…" step".
        let named_subject =
            i > 0 && !w.has_punct_before(i) && (w.capitalised(i - 1) || w.lex.pronouns.has(w.low(i - 1)));
        if w.lex.ambiguous.has(w.low(i)) && !introduces && !named_subject {
            continue;
        }
        let inverted = i == 0 || w.has_punct_before(i);
        let inverts = inverted && i + k < n && w.lex.inverting.has(w.low(i));
        // `Smith said, adding: "…"`, `Smith confirmed at the briefing, adding that …`: a
        // participle shares the subject of the verb before.
        let participle = w.low(i).ends_with("ing");
        let shared = || (0..i).rev().find(|&j| cue_verb_at(w, j).is_some()).and_then(|j| subject_before(w, j));
        let speaker = match participle && i > 0 && w.gap_before(i).contains(',') {
            true => shared(),
            false => subject_before(w, i)
                .or_else(|| phrase_after(w, i + k, false).filter(|_| inverts))
                .or_else(|| participle.then(shared).flatten()),
        };
        let cue = cue_span(w, i, k);
        let adjacent = cue.end == w.ws[n - 1].end || (w.is(n - 1, "that") && cue.end == w.ws[n - 2].end);
        return Some(Attribution { speaker, cue, adjacent, needs_cast: false });
    }
    // `Zelenskyy on Telegram: "…"`, `Prime Minister Smith: "…"`
    if gap.trim_end().ends_with(':') && n > 0 {
        let mut start = n - 1;
        while start > 0 && n - start < 8 && !w.has_punct_before(start) {
            start -= 1;
        }
        let on =
            (start..n).find(|&k| w.is(k, "on") && w.phrase_at(k + 1, &w.lex.platforms).is_some_and(|p| k + 1 + p == n));
        let speaker_end = on.unwrap_or(n);
        if speaker_end > start {
            let cue = on.map(|k| w.span(k, n));
            let speaker = Some(w.span(start, speaker_end));
            return cue.map_or(
                Some(Attribution { speaker, cue: w.span(n - 1, n), adjacent: false, needs_cast: true }),
                |cue| Some(Attribution { speaker, cue, adjacent: true, needs_cast: false }),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    #[test]
    fn cues_after_the_quote() {
        assert_eq!(
            said("\"We need more doctors,\" Lena Park told reporters on Monday."),
            [one("We need more doctors,", Some("Lena Park"), Some("told reporters"))]
        );
        assert_eq!(
            said("\"We need more doctors,\" said Lena Park, the health minister."),
            [one("We need more doctors,", Some("Lena Park"), Some("said"))]
        );
        assert_eq!(
            said("\"The dam is safe,\" Omar Said wrote on Twitter."),
            [one("The dam is safe,", Some("Omar Said"), Some("wrote on Twitter"))]
        );
        assert_eq!(
            said("\"The dam is safe for now,\" the ministry said in a statement."),
            [one("The dam is safe for now,", Some("ministry"), Some("said in a statement"))]
        );
        // An interrupting clause, then the attribution.
        assert_eq!(
            said("'Borders are not for sale' in any deal,' Lena Park said."),
            [one("Borders are not for sale", Some("Lena Park"), Some("said"))]
        );
    }

    #[test]
    fn cues_before_the_quote() {
        assert_eq!(
            said("Lena Park told the council: \"The budget is balanced at last.\""),
            [one("The budget is balanced at last.", Some("Lena Park"), Some("told"))]
        );
        assert_eq!(
            said("During the visit, Omar Said warned that the floods would \"hit the poorest towns first\"."),
            [one("hit the poorest towns first", Some("Omar Said"), Some("warned"))]
        );
        // A subject set off from its verb by an insertion.
        assert_eq!(
            said("Lena Park, the health minister, said the clinics would \"open again on Monday\"."),
            [one("open again on Monday", Some("Lena Park"), Some("said"))]
        );
        // Partial quotes after verbs of judging, and after an ambiguous cue with a name.
        assert_eq!(
            said("The ministry accused him of \"spreading the enemy's lies\" on Monday.")[0],
            one("spreading the enemy's lies", Some("ministry"), Some("accused"))
        );
        assert_eq!(
            said("Lena Park described the plan as a \"brave, costly and overdue\" step.")[0],
            one("brave, costly and overdue", Some("Lena Park"), Some("described"))
        );
        // A relative clause left open is no subject.
        assert_eq!(
            said("Omar Said, who was mayor at the time of the floods told the inquiry: \"We were not warned.\"")[0],
            one("We were not warned.", Some("Omar Said"), Some("told"))
        );
        // Coordinated verbs share the subject.
        assert_eq!(
            said("An hour later, Omar Said went on radio and said: \"The water is falling.\""),
            [one("The water is falling.", Some("Omar Said"), Some("said"))]
        );
        // A participle shares the subject of the verb before it.
        assert_eq!(
            said("\"We are ready,\" Lena Park said, adding: \"The trucks leave tonight.\"")[1],
            one("The trucks leave tonight.", Some("Lena Park"), Some("adding"))
        );
        // ... also after a phrase of its own.
        assert_eq!(
            said("On Tuesday, Lena Park confirmed at the briefing, adding that a report would come \"as soon as possible\".")
                [0],
            one("as soon as possible", Some("Lena Park"), Some("adding"))
        );
        // A colon introduction with a platform.
        assert_eq!(
            said("Lena Park on Twitter: \"The clinics are open again.\""),
            [one("The clinics are open again.", Some("Lena Park"), Some("on Twitter"))]
        );
    }

    #[test]
    fn sources_and_organisations_speak_too() {
        assert_eq!(
            said("The shelling was \"a grave breach of the ceasefire\", according to a statement released by the UN Spokesperson."),
            [one("a grave breach of the ceasefire", Some("UN Spokesperson"), Some("according to"))]
        );
        let text = "\"The border stays closed,\" a statement from the Interior Ministry said. \"Checks will continue,\" the statement said.";
        let found = said(text);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, s, _)| s.as_deref().is_some_and(|s| s.ends_with("Ministry"))), "{found:?}");
        assert_eq!(
            said("He was described as \u{201C}a tireless public servant\u{201D} by Mayor Lena Park."),
            [one("a tireless public servant", Some("Lena Park"), Some("described as"))]
        );
    }

    #[test]
    fn a_quote_split_by_its_attribution_is_two_quotes() {
        assert_eq!(
            said("\"Talks are possible,\" Lena Park said. \"But not under these conditions.\""),
            [
                one("Talks are possible,", Some("Lena Park"), Some("said")),
                one("But not under these conditions.", Some("Lena Park"), None),
            ]
        );
    }

    #[test]
    fn a_listener_after_the_cue_is_no_speaker() {
        // "urged Israel to": Israel listens; the subject, past a long insertion, speaks.
        let text = "Clara Voss, speaking at the opening of a new harbour terminal in the old port of Lindfield, \
                    urged the council to \"find the money before winter comes.\"";
        assert_eq!(said(text)[0].1.as_deref(), Some("Clara Voss"));
        // "said" may come before its speaker.
        assert_eq!(said("\"We will rebuild the pier,\" said Clara Voss.")[0].1.as_deref(), Some("Clara Voss"));
    }
}
