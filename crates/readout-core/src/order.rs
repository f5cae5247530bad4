//! Stable sorts that share one copy of the sort code.
//!
//! The standard library compiles its sort anew for every element type and comparison,
//! a few KB each, which the page's wasm carried over a dozen times. Here only indices
//! are sorted, by one non-generic function, and the items are then moved into place:
//! what is left per call site is its comparison and the moving.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably (items `cmp` finds equal keep their order).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// [`sort_by_key`] computing each item's key once, for keys that cost to build.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    permute(items, sorted(keys.len(), &|a, b| keys[a].cmp(&keys[b])));
}

/// The indices `0..n` in the order of `cmp` over them, equal ones in index order.
pub fn sorted(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // Ties broken by index make the order total, so the unstable sort (smaller than the
    // stable one) gives what a stable sort would.
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Moves `items[order[i]]` to `i` for every `i`, `order` being a permutation: each of its
/// cycles is followed once, and marked done by pointing its entries at themselves.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut order[at], at);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let items: Vec<(usize, usize, char)> = vec![
            (5, 9, 'a'),
            (1, 4, 'b'),
            (5, 9, 'c'),
            (1, 2, 'd'),
            (5, 7, 'e'),
            (1, 4, 'f'),
            (0, 9, 'g'),
            (5, 9, 'h'),
        ];
        let mut stable = items.clone();
        stable.sort_by_key(|&(s, e, _)| (s, e));
        let mut ordered = items.clone();
        sort_by_key(&mut ordered, |&(s, e, _)| (s, e));
        assert_eq!(ordered, stable);
        let mut cached = items;
        sort_by_cached_key(&mut cached, |&(s, e, _)| (s, e));
        assert_eq!(cached, stable);
    }

    proptest::proptest! {
        #[test]
        fn any_list_sorts_as_the_standard_stable_sort_does(items: Vec<(u8, u16)>) {
            let mut stable = items.clone();
            stable.sort_by_key(|&(k, _)| k);
            let mut ordered = items;
            sort_by(&mut ordered, |a, b| a.0.cmp(&b.0));
            proptest::prop_assert_eq!(ordered, stable);
        }
    }
}
