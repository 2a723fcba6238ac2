//! Rust rules of the dockerfile domain.

mod add;
mod apt;
mod cache;
mod expose;
mod labels;
mod modes;
mod options;
mod packages;
mod shellast;
pub(crate) mod stages;
pub(crate) use dkr001::defaults_to_unprivileged;
mod vars;
mod wrappers;

pub(crate) use dkr004::find as pipe_to_shell;

crate::rules::register! {
    dkr001, dkr002, dkr003, dkr004, dkr005, dkr006, dkr007, dkr008,
    dkr009, dkr010, dkr011, dkr012, dkr013, dkr014, dkr015, dkr016,
    dkr017, dkr018, dkr019, dkr020, dkr021, dkr022, dkr023, dkr024,
    dkr025, dkr027, dkr028, dkr029, dkr030, dkr031, dkr032, dkr033,
    dkr034, dkr035, dkr036, dkr037, dkr038, dkr039, dkr040, dkr041,
    dkr042, dkr043, dkr044, dkr045,
    dkr046, dkr047, dkr048, dkr049, dkr050, dkr051, dkr052, dkr053,
    dkr054, dkr055, dkr056, dkr057, dkr058, dkr059, dkr060, dkr061,
    dkr062, dkr063, dkr064, dkr065, dkr066, dkr067, dkr068, dkr069,
    dkr070, dkr071, dkr072, dkr073, dkr074, dkr075, dkr076, dkr077,
    dkr078, dkr079, dkr080, dkr081, dkr082, dkr083, dkr084, dkr085,
    dkr086, dkr087, dkr088, dkr089, dkr090, dkr091, dkr092, dkr093,
    dkr094, dkr095, dkr096, dkr097, dkr098, dkr099,
    dkr100, dkr101, dkr102, dkr103, dkr104, dkr105, dkr106, dkr107,
    dkr108, dkr109, dkr110, dkr111, dkr112, dkr113, dkr114, dkr115,
    dkr116,
}
