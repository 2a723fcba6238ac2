resource "aws_imagebuilder_component" "harden" {
  name       = "harden"
  platform   = "Linux"
  version    = "1.0.0"
  uri        = "s3://corp-components/harden.yaml"
  kms_key_id = aws_kms_key.imagebuilder.arn
}
