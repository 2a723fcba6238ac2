//! Rust rules of the dockerfile domain.

mod add;
mod apt;
mod cache;
mod modes;
mod options;
mod packages;
mod stages;
mod wrappers;

crate::rules::register! {
    dkr001, dkr002, dkr003, dkr004, dkr005, dkr006, dkr007, dkr008,
    dkr009, dkr010, dkr011, dkr012, dkr013, dkr014, dkr015, dkr016,
    dkr017, dkr018, dkr019, dkr020, dkr021, dkr022, dkr023, dkr024,
    dkr025, dkr027, dkr028, dkr029, dkr030, dkr031, dkr032, dkr033,
    dkr034, dkr035, dkr036, dkr037, dkr038, dkr039, dkr040, dkr041,
    dkr042, dkr043, dkr044, dkr045,
}
