resource "aws_ebs_encryption_by_default" "region" {
  enabled = false # expect: AWS029
}
