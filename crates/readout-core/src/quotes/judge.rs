use super::*;

impl Context<'_> {
    /// Whether `raw` is a quotation someone's words, and whose they are.
    pub(super) fn judge(&self, raw: &Raw, last: Option<&Said>) -> Option<Found> {
        let mut text = String::with_capacity(raw.pieces.iter().map(|p| p.end - p.start + 1).sum());
        for (k, p) in raw.pieces.iter().enumerate() {
            if k > 0 {
                text.push('\n');
            }
            text.push_str(&self.text[p.start..p.end]);
        }
        // Only "fewer than three" and "six or fewer" matter.
        let count = word_count(self.doc, &raw.pieces, 7);
        if count < 3 {
            return None;
        }
        if let RawKind::Post { author } = raw.kind {
            let handle = self.overlapping(author).into_iter().find(|m| m.kind == MentionKind::Handle);
            let (speaker, at) = match handle {
                Some(m) => (Some(self.cast.name(m.entity).to_string()), m.span),
                None => {
                    let name = Span {
                        start: author.start,
                        end: author.start + self.text[author.start..author.end].find("(@").unwrap_or(0),
                    };
                    let name = trim(self.text, name);
                    (self.resolve(name, last, raw), name)
                }
            };
            return Some(Found { text, speaker, speaker_at: Some(at), cue: Some("posted".to_string()) });
        }

        let open_sentence = self.sentence_span(raw.open);
        let from = self.ceil(open_sentence.start.max(raw.open.saturating_sub(WINDOW)));
        let before = Words::new(self.text, self.words_outside(from, raw.open), self.lex);
        let gap_before = &self.text[before.ws.last().map_or(from, |w| w.end)..raw.open];

        let close_sentence = self.sentence_span(raw.close.saturating_sub(1));
        let to = self.floor(close_sentence.end.max(raw.close).min(raw.close + WINDOW));
        let next_open = self
            .raws
            .get(self.raws.partition_point(|r| r.open < raw.close))
            .map_or(to, |r| r.open.clamp(raw.close, to));
        let after = Words::new(self.text, self.words_outside(raw.close, next_open), self.lex);
        let gap_after = &self.text[raw.close..after.ws.first().map_or(next_open, |w| w.start)];

        if self.labelled(raw.open) {
            return None;
        }
        let after_attr = attribution_after(&after, gap_after);
        if raw.kind == RawKind::Orphan && after_attr.is_none() {
            return None;
        }
        let mut attr = match after_attr {
            Some(a) if a.adjacent => Some(a),
            a => attribution_before(&before, gap_before, &after).or(a),
        };
        if attr.is_some_and(|a| a.needs_cast && a.speaker.is_none_or(|s| self.overlapping(s).is_empty())) {
            attr = None;
        }
        let adjacent = attr.is_some_and(|a| a.adjacent);
        if title_like(&text) && !adjacent {
            return None;
        }
        let standalone = (before.len() == 0 || gap_before.trim_end().ends_with(':')) && after.len() == 0;
        if count <= 6 && attr.is_none() && !standalone && (english(&before) || english(&after)) {
            return None;
        }

        let cue = attr.filter(|a| !a.needs_cast).map(|a| self.text[a.cue.start..a.cue.end].to_string());
        let phrase = attr.and_then(|a| a.speaker);
        let mut speaker = phrase.and_then(|s| self.resolve(s, last, raw));
        let mut speaker_at = phrase.map(|s| trim(self.text, s));
        if speaker.is_none() && phrase.is_some_and(|s| self.is_pronoun(s)) {
            // "they said": nobody the text names
            return Some(Found { text, speaker, speaker_at: None, cue });
        }
        if speaker.is_none() {
            let first_para = self.paragraph_of(raw.open);
            let follows = last.filter(|l| l.paragraph + 1 >= first_para);
            (speaker, speaker_at) = match follows {
                Some(l) if standalone => (l.speaker.clone(), l.at),
                _ => self
                    .speaker_around(raw, open_sentence, close_sentence, last)
                    .map_or((None, None), |(s, at)| (Some(s), Some(at))),
            };
        }
        Some(Found { text, speaker, speaker_at, cue })
    }

    /// Whether the words right before the opening mark make the quotation a label:
    /// `the so-called "…"`, `what he calls a "…"`, `marked as "…"`.
    pub(super) fn labelled(&self, open: usize) -> bool {
        // A word ends in a letter, digit or `_`: after anything else before the mark (a
        // colon, a comma, the paragraph start) no word comes right before it.
        let before = self.text[..open].trim_end().chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return false;
        }
        let from = self.ceil(open.saturating_sub(60));
        let w = Words::new(self.text, words(self.doc, from, open), self.lex);
        let mut end = w.len();
        if end > 0 && !self.text[w.ws[end - 1].end..open].trim().is_empty() {
            return false;
        }
        while end > 0 && end + 2 > w.len() && w.lex.fillers.has(w.low(end - 1)) {
            end -= 1;
        }
        end > 0 && w.phrase_ends_at(end - 1, &w.lex.labels)
    }

    /// A speaker from the sentences around a quotation with no cue of its own: a person
    /// its sentence names, else the previous sentence's speaker or person, else the next's;
    /// with the words it was read from.
    pub(super) fn speaker_around(
        &self,
        raw: &Raw,
        open_sentence: Span,
        close_sentence: Span,
        last: Option<&Said>,
    ) -> Option<(String, Span)> {
        if let Some(name) = self.named_in(open_sentence.start, close_sentence.end) {
            return Some(name);
        }
        let first = self.doc.sentence_at(open_sentence.start);
        let last_sentence = self.doc.sentence_at(close_sentence.start);
        let previous = first.and_then(|i| i.checked_sub(1)).map(|i| self.doc.sentences[i].span);
        let next = last_sentence.and_then(|i| self.doc.sentences.get(i + 1)).map(|s| s.span);
        for s in [previous, next].into_iter().flatten() {
            if s.end > raw.open && s.start < raw.close {
                continue;
            }
            let from = self.ceil(s.start.max(s.end.saturating_sub(WINDOW)));
            let w = Words::new(self.text, self.words_outside(from, s.end), self.lex);
            let cued = (0..w.len())
                .find(|&i| cue_verb_at(&w, i).is_some() && !w.lex.ambiguous.has(w.low(i)))
                .and_then(|i| subject_before(&w, i));
            if let Some(found) = cued.and_then(|s| Some((self.resolve(s, last, raw)?, trim(self.text, s)))) {
                return Some(found);
            }
            if let Some(name) = self.named_in(s.start, s.end) {
                return Some(name);
            }
        }
        None
    }
}

pub(super) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether words around a quotation are English prose, where the cue lexicon applies
/// ("…", — сказал он is not).
pub(super) fn english(w: &Words) -> bool {
    (0..w.len()).rev().take(40).any(|i| w.lex.english.has(w.low(i)))
}

/// A Title Case phrase with no clause word: the name of something ('Mission Barbarossa',
/// 'Responsibility to Protect'), not someone's words.
pub(super) fn title_like(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(13)
        .collect();
    if words.len() < 2 || words.len() > 12 || text.trim_end().ends_with(['.', '!', '?']) || text.contains(',') {
        return false;
    }
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    words.iter().all(|w| capitalised(w) || in_list(TITLE_SMALL_WORDS, w))
        && words.iter().filter(|w| capitalised(w)).count() >= 2
        && !words.iter().any(|w| in_list(CLAUSE_WORDS, w))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;

    #[test]
    fn fragments_labels_and_scare_quotes_are_dropped() {
        assert_eq!(texts("\"We are staying,\" she told the BBC's \"Sunday Morning Show\" today."), ["We are staying,"]);
        // One or two words.
        assert!(texts("She called the vote \"deeply flawed\" and left.").is_empty());
        // Labels and names, whatever their length.
        assert!(texts("He defended what he calls a \"limited border security action\".").is_empty());
        assert!(texts("The plan, dubbed \"Clean Rivers for All\", starts in May.").is_empty());
        assert!(texts("The so-called \"grain for peace corridor\" reopened.").is_empty());
        assert!(texts("Troops joined 'Operation Northern Shield' last year.").is_empty());
        // Scare quotes: a short phrase in a sentence where nobody speaks.
        assert!(texts("The region remains under a \"state of alert\" this week.").is_empty());
        // But a short phrase someone said counts, and so does a headline quote.
        assert_eq!(texts("The mayor said the plan was \"a good first step\"."), ["a good first step"]);
        assert_eq!(texts("Mayor Says 'We Are Not Finished'"), ["We Are Not Finished"]);
    }

    #[test]
    fn quotes_in_other_languages() {
        assert_eq!(texts("\u{AB}\u{41C}\u{44B} \u{43D}\u{435} \u{441}\u{434}\u{430}\u{434}\u{438}\u{43C}\u{441}\u{44F}\u{BB}, \u{2014} \u{441}\u{43A}\u{430}\u{437}\u{430}\u{43B} \u{43E}\u{43D}."), [
            "\u{41C}\u{44B} \u{43D}\u{435} \u{441}\u{434}\u{430}\u{434}\u{438}\u{43C}\u{441}\u{44F}"
        ]);
        assert_eq!(
            texts("\"Il n'y a pas de solution militaire\", a d\u{E9}clar\u{E9} le ministre."),
            ["Il n'y a pas de solution militaire"]
        );
        assert_eq!(
            texts("\u{4ED6}\u{8BF4}\u{FF1A}\u{300C}\u{6211}\u{4EEC}\u{652F}\u{6301}\u{548C}\u{5E73}\u{300D}\u{3002}"),
            ["\u{6211}\u{4EEC}\u{652F}\u{6301}\u{548C}\u{5E73}"]
        );
    }

    #[test]
    fn the_same_words_twice_are_one_quote() {
        let text = "Park Warns 'We Will Not Back Down'\n\nMayor Lena Park said: \"We will not back down.\"";
        assert_eq!(texts(text), ["We Will Not Back Down"]);
    }
}
