//! Variables BuildKit defines by itself.

/// Build arguments BuildKit sets automatically in the global scope (usable in `FROM`; inside a
/// stage only after `ARG NAME`).
pub(super) const AUTOMATIC_PLATFORM_ARGS: [&str; 8] = [
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
];
