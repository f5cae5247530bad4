//! Who called whom: the people of a set of call rows, the most connected first, and the
//! calls of each pair of them, for the page's matrix and its lanes.
//!
//! A person is a participant's name as the row gives it: [`Corpus::merge`](super::Corpus::merge)
//! names every participant by its entity (`Identities`), so "Zelensky" and "Volodymyr
//! Zelenskyy" are already one name. Every list holds row indices, in row order.

use std::collections::HashMap;

use super::CallRow;
use crate::fold::fold;

/// The people of the calls and the pairs of them who spoke.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    /// The people, most calls first, then by name (folded).
    pub people: Vec<Member>,
    /// Each pair who took part in a call together (`a < b`, indices into `people`), in
    /// order of `a`, then of their first call.
    pub pairs: Vec<Pair>,
    /// The people of each call, as indices into `people`, each once.
    pub of_call: Vec<Vec<usize>>,
    /// Who placed each call, as an index into `people`, where its reports say.
    pub placed_by: Vec<Option<usize>>,
}

/// One person of a [`Network`].
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub name: String,
    /// The calls the person took part in.
    pub calls: Vec<usize>,
}

/// Two people and the calls they both took part in.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub calls: Vec<usize>,
}

impl Network {
    pub fn of(rows: &[CallRow]) -> Network {
        // People in order of first mention, then ranked.
        let mut at: HashMap<&str, usize> = HashMap::new();
        let mut found: Vec<Member> = Vec::new();
        let mut ids: Vec<Vec<usize>> = Vec::with_capacity(rows.len());
        let mut placed_by: Vec<Option<usize>> = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let mut own: Vec<usize> = Vec::new();
            for name in &row.participants {
                let id = *at.entry(name.as_str()).or_insert_with(|| {
                    found.push(Member { name: name.clone(), calls: Vec::new() });
                    found.len() - 1
                });
                if !own.contains(&id) {
                    own.push(id);
                    found[id].calls.push(i);
                }
            }
            let caller = row.caller().and_then(|c| at.get(c).copied());
            ids.push(own);
            placed_by.push(caller);
        }
        let keys: Vec<String> = found.iter().map(|m| fold(&m.name)).collect();
        let order = crate::order::sorted(found.len(), &|x, y| {
            found[y].calls.len().cmp(&found[x].calls.len()).then_with(|| keys[x].cmp(&keys[y]))
        });
        let mut rank = vec![0; found.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id] = r;
        }
        let mut of_call = ids;
        for own in &mut of_call {
            own.iter_mut().for_each(|id| *id = rank[*id]);
        }
        placed_by.iter_mut().flatten().for_each(|id| *id = rank[*id]);
        let mut found: Vec<Option<Member>> = found.into_iter().map(Some).collect();
        let people: Vec<Member> = order.iter().filter_map(|&id| found[id].take()).collect();
        // The pairs of each person with those ranked below, through the person's calls:
        // `last[b]` is the pair of `b` with the person at hand, if met yet.
        let mut pairs: Vec<Pair> = Vec::new();
        let mut last: Vec<Option<usize>> = vec![None; people.len()];
        for (a, member) in people.iter().enumerate() {
            for &i in &member.calls {
                for &b in of_call[i].iter().filter(|&&b| b > a) {
                    let p = match last[b] {
                        Some(p) if pairs[p].a == a => p,
                        _ => {
                            pairs.push(Pair { a, b, calls: Vec::new() });
                            last[b] = Some(pairs.len() - 1);
                            pairs.len() - 1
                        }
                    };
                    pairs[p].calls.push(i);
                }
            }
        }
        Network { people, pairs, of_call, placed_by }
    }

    /// How many of the calls of `pair` person `by` placed, as their reports say.
    pub fn placed(&self, pair: &Pair, by: usize) -> usize {
        pair.calls.iter().filter(|&&i| self.placed_by[i] == Some(by)).count()
    }

    /// The pair of people `a` and `b`, either way round.
    pub fn pair(&self, a: usize, b: usize) -> Option<&Pair> {
        let key = (a.min(b), a.max(b));
        self.pairs.iter().find(|p| (p.a, p.b) == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Medium, Placed};

    fn row(names: &[&str]) -> CallRow {
        CallRow {
            participants: names.iter().map(|n| n.to_string()).collect(),
            placed: Placed::Unsaid,
            date: None,
            medium: Medium::Phone,
            topics: Vec::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn people_come_most_connected_first_and_pairs_hold_their_calls() {
        let rows = [
            row(&["Olaf Scholz", "Emmanuel Macron"]),
            row(&["Joe Biden", "Volodymyr Zelenskyy"]),
            row(&["Volodymyr Zelenskyy", "Olaf Scholz"]),
            row(&["Emmanuel Macron", "Volodymyr Zelenskyy", "Olaf Scholz"]),
            row(&["Olaf Scholz", "Olaf Scholz", "Volodymyr Zelenskyy"]),
        ];
        let network = Network::of(&rows);
        let names: Vec<(&str, &[usize])> =
            network.people.iter().map(|m| (m.name.as_str(), m.calls.as_slice())).collect();
        assert_eq!(
            names,
            [
                ("Olaf Scholz", &[0, 2, 3, 4][..]),
                ("Volodymyr Zelenskyy", &[1, 2, 3, 4][..]),
                ("Emmanuel Macron", &[0, 3][..]),
                ("Joe Biden", &[1][..]),
            ],
            "ties by name; a name twice in a call counts once"
        );
        let pairs: Vec<(usize, usize, &[usize])> =
            network.pairs.iter().map(|p| (p.a, p.b, p.calls.as_slice())).collect();
        assert_eq!(pairs, [(0, 2, &[0, 3][..]), (0, 1, &[2, 3, 4][..]), (1, 3, &[1][..]), (1, 2, &[3][..])]);
        assert_eq!(network.of_call, [vec![0, 2], vec![3, 1], vec![1, 0], vec![2, 1, 0], vec![0, 1]]);
        assert_eq!(network.pair(3, 1).map(|p| p.calls.len()), Some(1));
        assert_eq!(network.pair(2, 3), None);
    }

    #[test]
    fn each_call_keeps_who_placed_it() {
        let mut rows = [
            row(&["Olaf Scholz", "Joe Biden"]),
            row(&["Joe Biden", "Olaf Scholz"]),
            row(&["Joe Biden", "Olaf Scholz"]),
        ];
        rows[0].placed = Placed::By(1);
        rows[1].placed = Placed::By(0);
        rows[2].placed = Placed::Disputed;
        let network = Network::of(&rows);
        assert_eq!(network.people[0].name, "Joe Biden");
        assert_eq!(network.placed_by, [Some(0), Some(0), None]);
        let pair = &network.pairs[0];
        assert_eq!((network.placed(pair, 0), network.placed(pair, 1)), (2, 0));
    }

    #[test]
    fn a_hundred_people_each_calling_the_next_are_a_hundred_members_and_pairs() {
        let names: Vec<String> = (0..100).map(|i| format!("Person {i:03}")).collect();
        let rows: Vec<CallRow> = (0..100).map(|i| row(&[&names[i], &names[(i + 1) % 100]])).collect();
        let network = Network::of(&rows);
        assert_eq!(network.people.len(), 100);
        assert_eq!(network.pairs.len(), 100);
        assert!(network.people.iter().all(|m| m.calls.len() == 2));
        assert_eq!(network.people[0].name, "Person 000");
    }
}
