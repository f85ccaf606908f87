//! Pagination of HTML lists, rendered by `templates/partials/pager.html` (DSFR `fr-pagination`).

/// Where a page stands in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    /// Current page, from 1.
    pub page: i64,
    /// Number of pages (at least 1).
    pub pages: i64,
    /// Number of items.
    pub count: i64,
}

impl Pager {
    /// The pager of page `page` (clamped to at least 1) for `count` items shown `per_page` at a time.
    pub fn new(page: i64, count: i64, per_page: i64) -> Self {
        let per_page = per_page.max(1);
        Self {
            page: page.max(1),
            pages: ((count + per_page - 1) / per_page).max(1),
            count,
        }
    }

    /// Rows to skip for this page.
    pub fn offset(&self, per_page: i64) -> i64 {
        (self.page - 1) * per_page.max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::Pager;

    #[test]
    fn pages_round_up_and_never_drop_to_zero() {
        assert_eq!(Pager::new(1, 0, 50).pages, 1);
        assert_eq!(Pager::new(2, 101, 50).pages, 3);
        assert_eq!(Pager::new(0, 10, 50).page, 1);
        assert_eq!(Pager::new(3, 200, 50).offset(50), 100);
    }
}
