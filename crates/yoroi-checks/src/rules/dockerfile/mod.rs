//! Rust rules of the dockerfile domain.

mod add;
mod apt;
mod stages;
mod wrappers;

crate::rules::register! {
    dkr001, dkr002, dkr003, dkr004, dkr005, dkr006, dkr007, dkr008,
    dkr009, dkr010, dkr011, dkr012, dkr013, dkr014, dkr015, dkr016,
}
