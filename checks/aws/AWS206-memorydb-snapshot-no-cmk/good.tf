resource "aws_memorydb_snapshot" "nightly" {
  cluster_name = "cache"
  name         = "nightly"
  kms_key_arn  = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-0000-4000-8000-123456789012"
}
