//! Where chart files come from: a [`ChartFs`] (the disk, confined to the chart directory, or an unpacked `.tgz`
//! held in memory).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Read access to a chart's files. Paths are relative to the filesystem's root, `/`-separated.
pub trait ChartFs {
    /// The bytes of a file, at most `max` of them (more is an error).
    fn read(&self, path: &Path, max: u64) -> std::io::Result<Vec<u8>>;
    /// The entries of a directory: (name, is_dir), sorted by name.
    fn list(&self, dir: &Path) -> std::io::Result<Vec<(String, bool)>>;
}

/// The disk, confined to `root`: paths leaving it (`..`, absolute paths, symlinks pointing out) are refused.
#[derive(Debug, Clone)]
pub struct DiskFs {
    root: PathBuf,
}

impl DiskFs {
    pub fn new(root: impl Into<PathBuf>) -> std::io::Result<DiskFs> {
        Ok(DiskFs {
            root: std::fs::canonicalize(root.into())?,
        })
    }

    fn resolve(&self, path: &Path) -> std::io::Result<PathBuf> {
        if path
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        {
            return Err(denied(path));
        }
        let full = std::fs::canonicalize(self.root.join(path))?;
        if !full.starts_with(&self.root) {
            return Err(denied(path));
        }
        Ok(full)
    }
}

fn denied(path: &Path) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        format!("{} is outside the chart directory", path.display()),
    )
}

fn too_big(path: &Path, max: u64) -> std::io::Error {
    std::io::Error::other(format!("{} is larger than {max} bytes", path.display()))
}

impl ChartFs for DiskFs {
    fn read(&self, path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
        let full = self.resolve(path)?;
        let f = std::fs::File::open(&full)?;
        let mut buf = Vec::new();
        f.take(max + 1).read_to_end(&mut buf)?;
        if buf.len() as u64 > max {
            return Err(too_big(path, max));
        }
        Ok(buf)
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<(String, bool)>> {
        let full = self.resolve(dir)?;
        let mut out = Vec::new();
        for e in std::fs::read_dir(full)? {
            let e = e?;
            let Some(name) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            // follow symlinks, but only to places inside the root (checked on read/list)
            let is_dir = std::fs::metadata(e.path())
                .map(|m| m.is_dir())
                .unwrap_or(false);
            out.push((name, is_dir));
        }
        out.sort();
        Ok(out)
    }
}

/// Files held in memory (an unpacked chart archive).
#[derive(Debug, Default, Clone)]
pub struct MemFs {
    pub files: BTreeMap<String, Vec<u8>>,
}

fn key(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

impl ChartFs for MemFs {
    fn read(&self, path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
        let k = key(path);
        match self.files.get(&k) {
            Some(b) if b.len() as u64 > max => Err(too_big(path, max)),
            Some(b) => Ok(b.clone()),
            None => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{k}: not found"),
            )),
        }
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<(String, bool)>> {
        let k = key(dir);
        let prefix = if k.is_empty() { k } else { format!("{k}/") };
        let mut out: BTreeMap<String, bool> = BTreeMap::new();
        for name in self.files.keys() {
            if let Some(rest) = name.strip_prefix(&prefix) {
                match rest.split_once('/') {
                    Some((d, _)) => {
                        out.insert(d.to_string(), true);
                    }
                    None => {
                        out.entry(rest.to_string()).or_insert(false);
                    }
                }
            }
        }
        Ok(out.into_iter().collect())
    }
}

/// Unpacks a gzipped tar archive into memory, bounded by `max_bytes` of content and `max_files` entries.
pub fn untgz(data: &[u8], max_bytes: u64, max_files: usize) -> Result<MemFs, String> {
    let mut gz = flate2::read::GzDecoder::new(data).take(max_bytes + 1);
    let mut tar = Vec::new();
    gz.read_to_end(&mut tar).map_err(|e| format!("gzip: {e}"))?;
    if tar.len() as u64 > max_bytes {
        return Err(format!("archive larger than {max_bytes} bytes unpacked"));
    }
    let mut fs = MemFs::default();
    let mut at = 0usize;
    let mut long_name: Option<String> = None;
    while at + 512 <= tar.len() {
        let h = &tar[at..at + 512];
        if h.iter().all(|&b| b == 0) {
            break;
        }
        let field = |a: usize, b: usize| {
            let f = &h[a..b];
            let end = f.iter().position(|&c| c == 0).unwrap_or(f.len());
            String::from_utf8_lossy(&f[..end]).to_string()
        };
        let size = u64::from_str_radix(field(124, 136).trim(), 8).map_err(|_| "tar: bad size")?;
        let typ = h[156];
        let prefix = field(345, 500);
        let mut name = field(0, 100);
        if !prefix.is_empty() && &h[257..262] == b"ustar" {
            name = format!("{prefix}/{name}");
        }
        let body = at + 512;
        let end = body
            .checked_add(size as usize)
            .filter(|&e| e <= tar.len())
            .ok_or("tar: truncated archive")?;
        let content = &tar[body..end];
        at = body + (size as usize).div_ceil(512) * 512;
        match typ {
            b'L' => {
                let end = content
                    .iter()
                    .position(|&c| c == 0)
                    .unwrap_or(content.len());
                long_name = Some(String::from_utf8_lossy(&content[..end]).to_string());
                continue;
            }
            b'0' | 0 | b'7' => {}
            _ => {
                long_name = None;
                continue;
            }
        }
        let name = long_name.take().unwrap_or(name);
        let clean: Vec<&str> = name
            .split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .collect();
        if clean.contains(&"..") {
            return Err(format!("tar: {name}: path leaves the archive"));
        }
        if fs.files.len() >= max_files {
            return Err(format!("archive holds more than {max_files} files"));
        }
        fs.files.insert(clean.join("/"), content.to_vec());
    }
    Ok(fs)
}
