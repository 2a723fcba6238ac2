//! `EXPOSE` arguments as BuildKit reads them: `[ip:][host-port:]port[-port][/proto]`.

/// One `EXPOSE` argument, split.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct PortSpec<'a> {
    /// `ip:` and/or `host:` parts before the container port, when present (not allowed).
    pub mapping: Option<&'a str>,
    pub ports: &'a str,
    pub proto: Option<&'a str>,
}

pub(super) fn split(word: &str) -> PortSpec<'_> {
    let (rest, proto) = match word.rsplit_once('/') {
        Some((r, p)) => (r, Some(p)),
        None => (word, None),
    };
    let (mapping, ports) = match rest.rfind(':') {
        Some(i) => (Some(&rest[..i]), &rest[i + 1..]),
        None => (None, rest),
    };
    PortSpec {
        mapping,
        ports,
        proto,
    }
}

/// Why a port or `low-high` range is invalid, or `None` when it is a valid one.
pub(super) fn port_problem(ports: &str) -> Option<String> {
    let parse = |s: &str| -> Result<u32, String> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("`{s}` is not a port number"));
        }
        match s.parse::<u32>() {
            Ok(n) if n <= 65535 => Ok(n),
            _ => Err(format!("{s} is outside the port range 0-65535")),
        }
    };
    let result = match ports.split_once('-') {
        Some((low, high)) => parse(low).and_then(|l| {
            parse(high).and_then(|h| {
                if l <= h {
                    Ok(())
                } else {
                    Err(format!("the range {l}-{h} is reversed"))
                }
            })
        }),
        None => parse(ports).map(|_| ()),
    };
    result.err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        assert_eq!(
            split("127.0.0.1:8080:80/TCP"),
            PortSpec {
                mapping: Some("127.0.0.1:8080"),
                ports: "80",
                proto: Some("TCP")
            }
        );
        assert_eq!(split("80").mapping, None);
        assert_eq!(port_problem("80"), None);
        assert_eq!(port_problem("0-65535"), None);
        assert!(port_problem("65536").is_some());
        assert!(port_problem("90-80").is_some());
        assert!(port_problem("http").is_some());
    }
}
