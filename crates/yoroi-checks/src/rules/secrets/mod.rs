//! Rules of the secrets domain: hard-coded credentials in every file kind yoroi reads. They share
//! one detector ([`detect`]) and mark the secret's bytes so that no output prints them.

pub(crate) mod detect;

crate::rules::register! { sec001, sec002, sec003, sec004 }
