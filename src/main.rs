//! The stint binary (command-line interface; under construction in this commit).
fn main() {}
