//! Integration tests of the whole program: every module registered, both backends, real browser.

mod browser;
mod program;
