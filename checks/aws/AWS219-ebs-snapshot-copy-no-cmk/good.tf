resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = "arn:aws:kms:eu-central-1:123456789012:key/0b1c2d3e-0000-4000-8000-123456789012"
}
