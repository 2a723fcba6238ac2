//! What the builder may read: a real directory tree confined to roots, or files held in memory.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

/// Read access for the builder. Paths given to it are already normalised (no `.` or `..`).
pub trait Fs {
    /// The whole text of a file.
    fn read(&self, path: &Path) -> io::Result<String>;
    fn is_dir(&self, path: &Path) -> bool;
    fn is_file(&self, path: &Path) -> bool;
    /// Whether `path` exists but lies outside what this file system may read (so a missing
    /// entry can say why).
    fn outside(&self, _path: &Path) -> bool {
        false
    }
}

/// The disk, confined to `roots`: a path (after resolving symbolic links) outside every root reads
/// as missing, so a hostile `../../etc` or a link out of the tree never leaves them.
#[derive(Debug, Clone)]
pub struct RealFs {
    roots: Vec<PathBuf>,
    max_file_bytes: u64,
}

impl RealFs {
    /// Confines reads to `roots` (each canonicalised; roots that do not exist are dropped).
    pub fn new<I, P>(roots: I) -> RealFs
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        RealFs {
            roots: roots
                .into_iter()
                .filter_map(|r| std::fs::canonicalize(r.as_ref()).ok())
                .collect(),
            max_file_bytes: 64 << 20,
        }
    }

    /// Files larger than this read as an error (default 64 MiB).
    pub fn with_max_file_bytes(mut self, bytes: u64) -> RealFs {
        self.max_file_bytes = bytes;
        self
    }

    fn confined(&self, path: &Path) -> Option<PathBuf> {
        let real = std::fs::canonicalize(path).ok()?;
        self.roots
            .iter()
            .any(|root| real.starts_with(root))
            .then_some(real)
    }
}

impl Fs for RealFs {
    fn read(&self, path: &Path) -> io::Result<String> {
        let Some(real) = self.confined(path) else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                "outside the directories being built",
            ));
        };
        let meta = std::fs::metadata(&real)?;
        if meta.len() > self.max_file_bytes {
            return Err(io::Error::other(format!(
                "larger than {} bytes",
                self.max_file_bytes
            )));
        }
        let bytes = std::fs::read(&real)?;
        String::from_utf8(bytes)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
    }

    fn outside(&self, path: &Path) -> bool {
        path.exists() && self.confined(path).is_none()
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.confined(path).is_some_and(|p| p.is_dir())
    }

    fn is_file(&self, path: &Path) -> bool {
        self.confined(path).is_some_and(|p| p.is_file())
    }
}

/// Files held in memory, for tests and editors: a directory exists when some file lies below it.
#[derive(Debug, Clone, Default)]
pub struct MemFs {
    files: BTreeMap<PathBuf, String>,
}

impl MemFs {
    pub fn new() -> MemFs {
        MemFs::default()
    }

    /// Adds (or replaces) a file; the path is normalised.
    pub fn add(&mut self, path: impl AsRef<Path>, text: impl Into<String>) -> &mut MemFs {
        self.files.insert(normalize(path.as_ref()), text.into());
        self
    }

    pub fn with(mut self, path: impl AsRef<Path>, text: impl Into<String>) -> MemFs {
        self.add(path, text);
        self
    }
}

impl Fs for MemFs {
    fn read(&self, path: &Path) -> io::Result<String> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.files
            .range(path.to_path_buf()..)
            .next()
            .is_some_and(|(p, _)| p != path && p.starts_with(path))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(path)
    }
}

/// Resolves `.` and `..` lexically (as kustomize does), without touching the disk.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let last = out.components().next_back();
                match last {
                    Some(Component::Normal(_)) => {
                        out.pop();
                    }
                    Some(Component::RootDir | Component::Prefix(_)) => {}
                    _ => out.push(".."),
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_lexically() {
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../a")), PathBuf::from("../a"));
        assert_eq!(normalize(Path::new("/x/../../y")), PathBuf::from("/y"));
    }

    #[test]
    fn mem_fs_infers_directories() {
        let fs = MemFs::new().with("base/k.yaml", "x").with("base2/a", "y");
        assert!(fs.is_dir(Path::new("base")));
        assert!(!fs.is_dir(Path::new("bas")));
        assert!(!fs.is_dir(Path::new("base/k.yaml")));
        assert!(fs.is_file(Path::new("base/k.yaml")));
    }
}
