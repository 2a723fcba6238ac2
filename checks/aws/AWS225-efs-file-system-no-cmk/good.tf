resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-0000-4000-8000-123456789012"
}
