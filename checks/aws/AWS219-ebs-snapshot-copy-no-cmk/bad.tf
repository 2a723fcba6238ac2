resource "aws_ebs_snapshot_copy" "dr" { # expect: AWS219
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
}
