resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = true # yoroi:ignore AWS009 reason="rotation handled elsewhere" # expect: YOR005
}
