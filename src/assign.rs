//! Optimal assignment (the Hungarian method) between two small sets, where any item may
//! also stay unpaired at a cost. Used to pair figures within a bead and names within a sentence:
//! first-come pairing would let an early item take the counterpart a later one needed.
//!
//! The optimum costs cubic time in the size of the sets, which real sentences keep small (a
//! few figures or names each). A pathological one (a table pasted as one line, a run of
//! encoded data: thousands of figures) falls back to a banded greedy pairing, so that no input
//! can stall a run.

/// Pairs rows with columns at the least total cost. `cost(i, j)` is `None` where `i` and `j`
/// may not be paired; leaving a row or a column unpaired costs `unpaired`. Returns the
/// pairs `(row, column)`, sorted by row.
pub fn assign(
    rows: usize,
    cols: usize,
    unpaired: f64,
    cost: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(usize, usize)> {
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    if rows + cols > OPTIMAL_UP_TO {
        return banded_greedy(rows, cols, unpaired, cost);
    }
    // Square matrix of size rows + cols: real pairs top-left, "row i unpaired" top-right
    // (diagonal), "column j unpaired" bottom-left (diagonal), dummy-dummy bottom-right.
    let n = rows + cols;
    let forbidden = 1e9;
    let mut a = vec![vec![0.0f64; n]; n];
    for (i, row) in a.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = match (i < rows, j < cols) {
                (true, true) => cost(i, j).unwrap_or(forbidden),
                (true, false) => {
                    if j - cols == i {
                        unpaired
                    } else {
                        forbidden
                    }
                }
                (false, true) => {
                    if i - rows == j {
                        unpaired
                    } else {
                        forbidden
                    }
                }
                (false, false) => 0.0,
            };
        }
    }
    let matched = hungarian(&a);
    let mut out: Vec<(usize, usize)> = matched
        .into_iter()
        .enumerate()
        .filter(|&(i, j)| i < rows && j < cols && a[i][j] < forbidden)
        .collect();
    out.sort_unstable();
    out
}

/// The largest `rows + cols` solved optimally: 300 costs about 30 million steps.
const OPTIMAL_UP_TO: usize = 300;

/// How far from its diagonal place (row `i` of `rows` against column `i * cols / rows`) a
/// row may find its column in the greedy fallback: both sides list their items in text
/// order, so counterparts lie near the diagonal.
const BAND: usize = 50;

/// The fallback for large sets: among the pairs near the diagonal that cost less than leaving
/// both unpaired, the cheapest first (ties in row, then column order), each item once. Time
/// and memory grow with `rows × BAND`, not with `(rows + cols)²`.
fn banded_greedy(
    rows: usize,
    cols: usize,
    unpaired: f64,
    cost: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..rows {
        let centre = i * cols / rows;
        let (from, to) = (centre.saturating_sub(BAND), (centre + BAND + 1).min(cols));
        for j in from..to {
            if let Some(c) = cost(i, j).filter(|c| *c < 2.0 * unpaired) {
                candidates.push((c, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let (mut row_used, mut col_used) = (vec![false; rows], vec![false; cols]);
    let mut out = Vec::new();
    for (_, i, j) in candidates {
        if !row_used[i] && !col_used[j] {
            row_used[i] = true;
            col_used[j] = true;
            out.push((i, j));
        }
    }
    out.sort_unstable();
    out
}

/// Minimum-cost perfect matching on a square matrix: `result[row] = column`.
fn hungarian(a: &[Vec<f64>]) -> Vec<usize> {
    let n = a.len();
    // 1-based potentials and matching, as in the classic O(n^3) formulation.
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0usize;
            for j in 1..=n {
                if !used[j] {
                    let cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut result = vec![0usize; n];
    for j in 1..=n {
        if p[j] > 0 {
            result[p[j] - 1] = j - 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_sets_pair_like_items_without_the_square_matrix() {
        // Ten thousand figures against ten thousand: equal values pair, in order.
        let n = 10_000;
        let value = |i: usize| (i % 97) as f64;
        let pairs = assign(n, n, 1.0, |i, j| (value(i) == value(j)).then_some(0.0));
        assert_eq!(pairs.len(), n);
        assert!(pairs.iter().all(|&(i, j)| value(i) == value(j)));
        // A long row set against two columns: each column pairs once.
        let pairs = assign(5_000, 2, 1.0, |i, j| (i % 2 == j).then_some(0.5));
        assert_eq!(pairs, vec![(0, 0), (1, 1)]);
    }

    /// Brute force over all partial matchings, for checking the optimum on small cases.
    fn brute(
        rows: usize,
        cols: usize,
        unpaired: f64,
        c: &dyn Fn(usize, usize) -> Option<f64>,
    ) -> f64 {
        fn go(
            i: usize,
            rows: usize,
            cols: usize,
            used: &mut Vec<bool>,
            u: f64,
            c: &dyn Fn(usize, usize) -> Option<f64>,
        ) -> f64 {
            if i == rows {
                return used.iter().filter(|x| !**x).count() as f64 * u;
            }
            let mut best = u + go(i + 1, rows, cols, used, u, c);
            for j in 0..cols {
                if !used[j] {
                    if let Some(x) = c(i, j) {
                        used[j] = true;
                        best = best.min(x + go(i + 1, rows, cols, used, u, c));
                        used[j] = false;
                    }
                }
            }
            best
        }
        go(0, rows, cols, &mut vec![false; cols], unpaired, c)
    }

    fn total(
        pairs: &[(usize, usize)],
        rows: usize,
        cols: usize,
        u: f64,
        c: &dyn Fn(usize, usize) -> Option<f64>,
    ) -> f64 {
        let paired: f64 = pairs.iter().map(|&(i, j)| c(i, j).unwrap()).sum();
        paired + (rows + cols - 2 * pairs.len()) as f64 * u
    }

    #[test]
    fn optimal_not_first_come() {
        // Row 0 would greedily take column 0, leaving row 1 with nothing cheap.
        let c = |i: usize, j: usize| Some([[0.1, 0.2], [0.15, 0.9]][i][j]);
        assert_eq!(assign(2, 2, 1.0, c), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn forbidden_pairs_stay_unpaired() {
        assert!(assign(2, 2, 1.0, |_, _| None).is_empty());
        assert_eq!(
            assign(2, 1, 1.0, |i, _| (i == 1).then_some(0.5)),
            vec![(1, 0)]
        );
        assert!(assign(0, 3, 1.0, |_, _| Some(0.0)).is_empty());
    }

    #[test]
    fn matches_brute_force_on_pseudo_random_cases() {
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let rows = (next() % 5) as usize;
            let cols = (next() % 5) as usize;
            let m: Vec<Vec<Option<f64>>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| {
                            let x = next() % 100;
                            (x >= 20).then_some(x as f64 / 40.0)
                        })
                        .collect()
                })
                .collect();
            let c = |i: usize, j: usize| m[i][j];
            let got = assign(rows, cols, 1.0, c);
            let want = brute(rows, cols, 1.0, &c);
            assert!((total(&got, rows, cols, 1.0, &c) - want).abs() < 1e-9);
        }
    }
}
