resource "aws_ami_copy" "base" {
  name              = "base"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "us-east-1"
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-0000-4000-8000-123456789012"
}
