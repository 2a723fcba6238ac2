resource "aws_memorydb_snapshot" "nightly" { # expect: AWS206
  cluster_name = "cache"
  name         = "nightly"
}
