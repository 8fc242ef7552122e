//! A sparse vector (sorted column indices and values) and the CSR matrix built from a
//! set of them for training.
use sprs::CsMat;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVec {
    pub indices: Vec<u32>,
    pub values: Vec<f64>,
}

impl SparseVec {
    pub fn nnz(&self) -> usize {
        self.indices.len()
    }

    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// Dot product with a dense weight row.
    pub fn dot(&self, weights: &[f64]) -> f64 {
        self.iter().map(|(j, v)| weights[j] * v).sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.indices
            .iter()
            .map(|&j| j as usize)
            .zip(self.values.iter().copied())
    }
}

/// Stacks rows into a CSR matrix with `cols` columns.
pub fn to_csr(rows: &[&SparseVec], cols: usize) -> CsMat<f64> {
    let mut indptr = Vec::with_capacity(rows.len() + 1);
    let mut indices = Vec::new();
    let mut data = Vec::new();
    indptr.push(0);
    for r in rows {
        indices.extend(r.indices.iter().map(|&j| j as usize));
        data.extend_from_slice(&r.values);
        indptr.push(indices.len());
    }
    CsMat::new((rows.len(), cols), indptr, indices, data)
}
